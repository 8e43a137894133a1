import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';

// Like the app: the text first, the 3D code in a chunk of its own.
const MinimalScene = lazy(() => import('./MinimalScene'));

/** The floor the app is measured against: a heading beside a demand-rendered canvas with one mesh. */
function MinimalPage() {
  const [state, setState] = useState<'loading' | 'ready'>('loading');
  return (
    <main className="page">
      <section className="viewport" data-scene-state={state}>
        <Suspense fallback={null}>
          <MinimalScene onFirstFrame={() => setState('ready')} />
        </Suspense>
      </section>
      <aside>
        <h2 id="overview-heading">One mesh, nothing else</h2>
        <p>React, React Three Fiber and three.js with frameloop="demand", as in the app.</p>
      </aside>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <MinimalPage />
  </StrictMode>,
);
