// Render a GLB from the front, side and back in headless Chromium and save JPEGs (a tenth of a PNG's size).
// Usage: node scripts/models/preview.mjs [--glb public/models/spine.glb] [--out docs/images] [--prefix model]
//        [--morph conditionId] [--focus x,y,z,size]   (focus in metres, scene coordinates)
//        [--only node,node] [--hide node,node]        (--hide defaults to the gluteus maximus)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromePath } from '../chromium.mjs';

const args = process.argv.slice(2);
const opt = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const root = resolve(import.meta.dirname, '../..');
const glb = opt('--glb', 'public/models/spine.glb');
const outDir = opt('--out', 'docs/images');
const prefix = opt('--prefix', 'model');
const morph = opt('--morph', '');
const focus = opt('--focus', '');
const views = opt('--views', 'front,side,back').split(',');
const onlyNodes = opt('--only', '');
// Hidden unless named in --only: the gluteus maximus, as in the app at start, so the sciatic notch,
// piriformis and the nerve's exit show from behind.
const hiddenNodes = opt('--hide', 'gluteus_maximus_left,gluteus_maximus_right');

const page = `<!doctype html><html><head><style>html,body{margin:0;background:#1d2530}</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
const W = 900, H = 1200;
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H);
renderer.outputColorSpace = THREE.SRGBColorSpace;
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color('#1d2530');
scene.add(new THREE.HemisphereLight('#ffffff', '#404850', 1.6));
const key = new THREE.DirectionalLight('#ffffff', 2.2);
scene.add(key);
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const gltf = await loader.loadAsync('/${glb}');
gltf.scene.traverse((o) => {
  if (o.isMesh) {
    o.material.vertexColors = true;
    if (o.morphTargetDictionary && ${JSON.stringify(morph)} in o.morphTargetDictionary) {
      o.morphTargetInfluences[o.morphTargetDictionary[${JSON.stringify(morph)}]] = 1;
    }
  }
});
const only = ${JSON.stringify(onlyNodes)}.split(',').filter(Boolean);
const hidden = ${JSON.stringify(hiddenNodes)}.split(',').filter(Boolean);
for (const c of [...gltf.scene.children])
  c.visible = only.length ? only.includes(c.name) : !hidden.includes(c.name);
scene.add(gltf.scene);
const box = new THREE.Box3();
for (const c of gltf.scene.children) if (c.visible) box.expandByObject(c);
const focus = ${JSON.stringify(focus)};
const c = focus ? new THREE.Vector3(...focus.split(',').slice(0, 3).map(Number)) : box.getCenter(new THREE.Vector3());
const size = focus ? Number(focus.split(',')[3]) : box.getSize(new THREE.Vector3()).y * 1.05;
const cam = new THREE.OrthographicCamera(-size * W / H / 2, size * W / H / 2, size / 2, -size / 2, 0.01, 10);
window.shoot = (view) => {
  const d = { front: [0, 0.05, 1], back: [0, 0.05, -1], side: [1, 0.02, 0], right: [-1, 0.02, 0], top: [0, 1, 0.001], oblique: [0.7, 0.25, 0.8], obliqueback: [0.7, 0.25, -0.8] }[view];
  const dir = new THREE.Vector3(...d).normalize();
  cam.position.copy(c).addScaledVector(dir, 3);
  cam.lookAt(c);
  key.position.copy(cam.position).add(new THREE.Vector3(0.6, 1.2, 0.3));
  renderer.render(scene, cam);
  return renderer.domElement.toDataURL('image/jpeg', 0.88);
};
window.info = { meshes: 0 };
gltf.scene.traverse((o) => { if (o.isMesh) window.info.meshes++; });
window.ready = true;
</script></body></html>`;

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.glb': 'model/gltf-binary',
  '.html': 'text/html',
};
const server = createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  if (url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
    return;
  }
  try {
    const file = join(root, url);
    if (!file.startsWith(root)) throw new Error('outside');
    const data = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(data);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'preview-')), {
  executablePath: await chromePath(),
  args: CHROMIUM_FLAGS,
  headless: true,
  viewport: { width: 900, height: 1200 },
});
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => console.log('[page]', m.text()));
  tab.on('pageerror', (e) => console.error('[page error]', e.message));
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(() => window.ready === true, null, { timeout: 120000 });
  for (const v of views) {
    const url = await tab.evaluate((view) => window.shoot(view), v);
    const file = join(outDir, `${prefix}-${v}.jpg`);
    writeFileSync(file, Buffer.from(url.split(',')[1], 'base64'));
    console.log('wrote', file);
  }
} finally {
  await browser.close();
  server.close();
}
