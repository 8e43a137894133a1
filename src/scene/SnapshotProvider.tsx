import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useViewer } from '../state/store';

/** Draws a fresh frame and reads it back at once, so no preserved drawing buffer is needed. */
export function SnapshotProvider() {
  const { gl, scene, camera } = useThree();
  useEffect(() => {
    const draw = () => {
      gl.render(scene, camera);
      return gl.domElement.toDataURL('image/png');
    };
    const { setDrawPicture } = useViewer.getState();
    setDrawPicture(draw);
    return () => {
      if (useViewer.getState().drawPicture === draw) setDrawPicture(null);
    };
  }, [gl, scene, camera]);
  return null;
}
