import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { downloadModel, forgetModelDownload } from '../lib/modelDownload';
import { follow, useSettled } from '../lib/useSettled';
import { Anatomy } from './Anatomy';

/** Sets up the loader for meshopt-compressed files; the decoder ships inside the app's own code. */
export function withMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

const models = new Map<string, Promise<GLTF>>();

/**
 * The model at `url`, parsed once: from the download the entry module has usually started already (see
 * preload.ts). The entry module calls this as soon as this code arrives, so that the model is parsed while
 * the view sets up its WebGL context and is there for its first frame.
 */
export function loadModel(url: string): Promise<GLTF> {
  let model = models.get(url);
  if (!model) {
    const loader = new GLTFLoader();
    withMeshopt(loader);
    const folder = url.slice(0, url.lastIndexOf('/') + 1);
    model = follow(downloadModel(url).bytes.then((bytes) => loader.parseAsync(bytes, folder)));
    models.set(url, model);
  }
  return model;
}

/** Forgets the model at `url` (parsed and downloaded), so that a retry fetches the file again. */
export function forgetModel(url: string): void {
  models.delete(url);
  forgetModelDownload(url);
}

/**
 * Asks for every shader program the model needs at once, after its materials are styled and before its
 * first frame: the browser's GPU process can then compile them side by side, where the first frame would
 * ask for them one by one, waiting for each.
 */
function CompileAhead({ model }: { model: Object3D }) {
  const { gl, scene, camera } = useThree();
  useEffect(() => {
    // The model's own materials only (lit by the scene's lights): the whole scene would also compile
    // programs for objects that are not shown yet.
    gl.compile(model, camera, scene);
  }, [gl, model, scene, camera]);
  return null;
}

/**
 * Shows the generated GLB model once it is downloaded and parsed (progress: Viewport). `rebuilt`: this view
 * replaces one that was lost, so it shows the condition as it stood rather than replaying its change.
 */
export function SpineModel({ url, rebuilt }: { url: string; rebuilt: boolean }) {
  const gltf = useSettled(loadModel(url));
  return (
    gltf && (
      <>
        <Anatomy scene={gltf.scene} rebuilt={rebuilt} />
        <CompileAhead model={gltf.scene} />
      </>
    )
  );
}
