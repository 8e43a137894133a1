import { readFileSync } from 'node:fs';
import type { Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

/** The full model as the app loads it, through three.js's own loader and meshopt decoder. */
export async function loadSpineModel(): Promise<Object3D> {
  await MeshoptDecoder.ready;
  const file = readFileSync('public/models/spine.glb');
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
    '',
  );
  return gltf.scene;
}
