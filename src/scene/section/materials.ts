import {
  AlwaysStencilFunc,
  Color,
  DoubleSide,
  EqualStencilFunc,
  InvertStencilOp,
  KeepStencilOp,
  LessEqualDepth,
  MeshBasicMaterial,
  type Plane,
  ShaderMaterial,
  Vector3,
  Vector4,
} from 'three';
import { type CapColours, type CapPass, STENCIL_BIT } from './tissues';

/**
 * The thickness of the cortical shell drawn on a cut bone. Real lumbar cortex is about 0.4-1 mm
 * (Silva et al., Bone 1994;15:409); the drawing makes it a little thicker so it reads on a TV.
 */
const CORTEX_M = 0.0012;

/** Draws a cut face: a flat colour, pores for spongy bone, and a worn disc's darker gel around a point. */
const capVertex = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

const capFragment = /* glsl */ `
uniform vec3 uColor;
uniform vec3 uPores;
uniform float uPorous;
uniform vec3 uWornColor;
uniform vec3 uWornCentre;
uniform float uWornRadius;
uniform float uWorn;
uniform float uLamellae;
uniform vec3 uDiscCentres[5];
uniform vec3 uDiscAxes[5];
uniform vec4 uHealthyEdges[HEALTHY_EDGES];
uniform int uHealthyEdgeCount;
uniform vec3 uOrigin;
uniform vec3 uAxisU;
uniform vec3 uAxisV;
uniform vec3 uMovedColor;
varying vec3 vWorld;

// How far a point of the plane lies outside the healthy outline (m), 0 inside: the crossing number
// tells inside from outside, the nearest edge how far.
float outsideHealthy(vec2 p) {
  bool inside = false;
  float nearest = 1.0;
  for (int i = 0; i < HEALTHY_EDGES; i++) {
    if (i >= uHealthyEdgeCount) break;
    vec4 e = uHealthyEdges[i];
    if ((e.y > p.y) != (e.w > p.y) && p.x < (e.z - e.x) * (p.y - e.y) / (e.w - e.y) + e.x) inside = !inside;
    vec2 ab = e.zw - e.xy;
    float t = clamp(dot(p - e.xy, ab) / max(dot(ab, ab), 1e-12), 0.0, 1.0);
    nearest = min(nearest, distance(p, e.xy + t * ab));
  }
  return inside ? 0.0 : nearest;
}

float hash(vec3 p) {
  p = fract(p * 0.3183099 + 0.1) * 17.0;
  return fract(p.x * p.y * p.z * (p.x + p.y + p.z));
}
// Smooth value noise: blobs about one cell across, like the spaces between trabeculae.
float noise(vec3 p) {
  vec3 i = floor(p);
  vec3 f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(
    mix(mix(hash(i), hash(i + vec3(1, 0, 0)), f.x), mix(hash(i + vec3(0, 1, 0)), hash(i + vec3(1, 1, 0)), f.x), f.y),
    mix(mix(hash(i + vec3(0, 0, 1)), hash(i + vec3(1, 0, 1)), f.x), mix(hash(i + vec3(0, 1, 1)), hash(i + vec3(1, 1, 1)), f.x), f.y),
    f.z);
}

void main() {
  vec3 color = uColor;
  if (uPorous > 0.0) {
    float n = 0.65 * noise(vWorld / 0.0016) + 0.35 * noise(vWorld / 0.0007);
    color = mix(color, uPores, smoothstep(0.5, 0.6, n));
  }
  if (uLamellae > 0.0) {
    // The ring's layers: shells around the axis of the nearest disc, about 1.6 mm apart.
    vec3 d = vWorld - uDiscCentres[0];
    vec3 axis = uDiscAxes[0];
    for (int i = 1; i < 5; i++) {
      vec3 e = vWorld - uDiscCentres[i];
      if (dot(e, e) < dot(d, d)) { d = e; axis = uDiscAxes[i]; }
    }
    float r = length(d - dot(d, axis) * axis);
    color *= 1.0 - uLamellae * smoothstep(0.6, 1.0, cos(6.2831853 * r / 0.0016));
  }
  float worn = 1.0 - smoothstep(0.8 * uWornRadius, uWornRadius, distance(vWorld, uWornCentre));
  color = mix(color, uWornColor, worn * uWorn);
  if (uHealthyEdgeCount > 0) {
    // Deeper red the farther out: a broad bulge shows most where it is largest, toward the nerves,
    // and a sliver a fraction of a millimetre wide hardly at all.
    vec3 d = vWorld - uOrigin;
    float beyond = outsideHealthy(vec2(dot(d, uAxisU), dot(d, uAxisV)));
    color = mix(color, uMovedColor, smoothstep(0.0004, 0.0025, beyond));
  }
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}`;

/** The uniforms of a cut face, for the scene to update. */
export interface CapUniforms {
  uColor: { value: Color };
  uPores: { value: Color };
  uPorous: { value: number };
  uWornColor: { value: Color };
  uWornCentre: { value: Vector3 };
  uWornRadius: { value: number };
  uWorn: { value: number };
  /** How dark the annulus's layers are drawn, 0 for none. */
  uLamellae: { value: number };
  uDiscCentres: { value: Vector3[] };
  uDiscAxes: { value: Vector3[] };
  /** The healthy outline's edges in the plane's own 2D frame (origin, axes); none draws no change. */
  uHealthyEdges: { value: Vector4[] };
  uHealthyEdgeCount: { value: number };
  uOrigin: { value: Vector3 };
  uAxisU: { value: Vector3 };
  uAxisV: { value: Vector3 };
  uMovedColor: { value: Color };
}

/**
 * The material of one cut-face pass: drawn only where the stencil says the plane is inside its tissue,
 * after everything else (transparent, late), and never tone-mapped, so MRI greys stay as chosen.
 */
export function capMaterial(pass: CapPass): ShaderMaterial & { uniforms: CapUniforms } {
  const uniforms: CapUniforms = {
    uColor: { value: new Color() },
    uPores: { value: new Color() },
    uPorous: { value: pass.name === 'spongy' ? 1 : 0 },
    uWornColor: { value: new Color() },
    uWornCentre: { value: new Vector3() },
    uWornRadius: { value: 0.032 },
    uWorn: { value: 0 },
    uLamellae: { value: 0 },
    uDiscCentres: { value: Array.from({ length: 5 }, () => new Vector3(0, 99, 0)) },
    uDiscAxes: { value: Array.from({ length: 5 }, () => new Vector3(0, 1, 0)) },
    uHealthyEdges: { value: Array.from({ length: HEALTHY_EDGES }, () => new Vector4()) },
    uHealthyEdgeCount: { value: 0 },
    uOrigin: { value: new Vector3() },
    uAxisU: { value: new Vector3(1, 0, 0) },
    uAxisV: { value: new Vector3(0, 1, 0) },
    uMovedColor: { value: new Color() },
  };
  const material = new ShaderMaterial({
    uniforms: uniforms as unknown as ShaderMaterial['uniforms'],
    vertexShader: capVertex,
    fragmentShader: capFragment,
    defines: { HEALTHY_EDGES },
    side: DoubleSide,
    transparent: true,
    depthFunc: LessEqualDepth,
    stencilWrite: true,
    stencilRef: pass.ref,
    stencilFuncMask: pass.mask,
    stencilWriteMask: 0,
    stencilFunc: EqualStencilFunc,
    stencilFail: KeepStencilOp,
    stencilZFail: KeepStencilOp,
    stencilZPass: KeepStencilOp,
  });
  material.toneMapped = false;
  return material as ShaderMaterial & { uniforms: CapUniforms };
}

/**
 * The most edges of a healthy outline a cut face takes: few enough for the 224 uniform vectors WebGL 2
 * promises a fragment shader, many enough to follow a disc's outline within a fraction of a millimetre.
 */
export const HEALTHY_EDGES = 96;

const u = new Vector3();
const v = new Vector3();

/**
 * Tells a cut face the culprit's healthy outline on `plane` (loops of world points), so that what of its
 * tissue now lies outside it is drawn in the `moved` colour; no loops clears it. Long loops are thinned
 * to every n-th point to fit HEALTHY_EDGES.
 */
export function markHealthyOutline(
  uniforms: CapUniforms,
  loops: readonly Vector3[][],
  plane: Plane,
  moved: string,
): void {
  const points = loops.reduce((sum, loop) => sum + loop.length, 0);
  const every = Math.ceil(points / HEALTHY_EDGES);
  plane.coplanarPoint(uniforms.uOrigin.value);
  // Any two axes in the plane will do: the test only needs the outline and the point in the same frame.
  u.set(1, 0, 0);
  if (Math.abs(plane.normal.dot(u)) > 0.9) u.set(0, 1, 0);
  u.projectOnPlane(plane.normal).normalize();
  v.crossVectors(plane.normal, u);
  uniforms.uAxisU.value.copy(u);
  uniforms.uAxisV.value.copy(v);
  const origin = uniforms.uOrigin.value;
  const flat = (p: Vector3) => [p.clone().sub(origin).dot(u), p.clone().sub(origin).dot(v)];
  let count = 0;
  for (const loop of loops) {
    const kept = loop.filter((_, i) => i % every === 0);
    if (kept.length < 3) continue;
    for (let i = 0; i < kept.length && count < HEALTHY_EDGES; i++) {
      const [ax, ay] = flat(kept[i]);
      const [bx, by] = flat(kept[(i + 1) % kept.length]);
      uniforms.uHealthyEdges.value[count++].set(ax, ay, bx, by);
    }
  }
  uniforms.uHealthyEdgeCount.value = count;
  uniforms.uMovedColor.value.set(moved);
}

/** Sets a cut face's colours. */
export function paintCap(uniforms: CapUniforms, colours: CapColours, worn: CapColours | undefined): void {
  uniforms.uLamellae.value = colours.layers ?? 0;
  uniforms.uColor.value.set(colours.color);
  uniforms.uPores.value.set(colours.pores ?? colours.color);
  uniforms.uWornColor.value.set(worn?.color ?? colours.color);
}

/**
 * Marks spongy bone in the stencil: the bone drawn again, shrunk along its normals by the cortical
 * thickness, without colour or depth. Its morph targets follow the bone's, so the cut moves with them.
 */
export function spongyMaterial(plane: Plane): MeshBasicMaterial {
  const material = new MeshBasicMaterial({
    colorWrite: false,
    depthWrite: false,
    depthTest: false,
    side: DoubleSide,
    clippingPlanes: [plane],
    stencilWrite: true,
    stencilWriteMask: STENCIL_BIT.spongy,
    stencilFunc: AlwaysStencilFunc,
    stencilFail: InvertStencilOp,
    stencilZFail: InvertStencilOp,
    stencilZPass: InvertStencilOp,
  });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader.replace(
      '#include <begin_vertex>',
      `vec3 transformed = position - normalize(normal) * ${CORTEX_M.toFixed(5)};`,
    );
  };
  return material;
}
