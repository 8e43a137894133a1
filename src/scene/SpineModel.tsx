import { useLoader } from '@react-three/fiber';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useViewer } from '../state/store';
import { Anatomy } from './Anatomy';

/** Sets up the loader for meshopt-compressed files; the decoder ships inside the app's own code. */
export function withMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** Loads the generated GLB file (reporting progress) and shows it. */
export function SpineModel({ url }: { url: string }) {
  const gltf = useLoader(GLTFLoader, url, withMeshopt, (event) => {
    if (event.total > 0) useViewer.getState().setLoadProgress(event.loaded / event.total);
  });
  return <Anatomy scene={gltf.scene} />;
}
