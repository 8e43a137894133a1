import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { provideSnapshot } from './snapshot';

/** Draws a fresh frame and reads it back at once, so no preserved drawing buffer is needed. */
export function SnapshotProvider() {
  const { gl, scene, camera } = useThree();
  useEffect(
    () =>
      provideSnapshot(() => {
        gl.render(scene, camera);
        return gl.domElement.toDataURL('image/png');
      }),
    [gl, scene, camera],
  );
  return null;
}
