// What the benchmark needs to know about a model file to recognise it being drawn.
import { readFileSync } from 'node:fs';

/** The JSON chunk of a binary glTF (GLB) file. */
function glbJson(bytes) {
  if (bytes.toString('ascii', 0, 4) !== 'glTF') throw new Error('Not a GLB file.');
  const length = bytes.readUInt32LE(12);
  if (bytes.toString('ascii', 16, 20) !== 'JSON') throw new Error('The GLB file has no JSON chunk first.');
  return JSON.parse(bytes.toString('utf8', 20, 20 + length));
}

/**
 * The index (or, unindexed, vertex) count of every primitive in the GLB file at `path`: a WebGL draw
 * call with one of these counts draws part of the model. The counts sit in the file's JSON, so nothing
 * is decompressed.
 */
export function modelDrawCounts(path) {
  const gltf = glbJson(readFileSync(path));
  const counts = new Set();
  for (const mesh of gltf.meshes ?? []) {
    for (const primitive of mesh.primitives) {
      const accessor = primitive.indices ?? primitive.attributes.POSITION;
      counts.add(gltf.accessors[accessor].count);
    }
  }
  return [...counts];
}
