// Its own module, imported on demand by fastPicking.ts, so the lazily fetched chunk holds only the tree
// (a dynamic import of the whole package would keep every export of it).
export { MeshBVH } from 'three-mesh-bvh';
