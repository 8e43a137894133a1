import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadScene } from './scene/preload';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

/** Shows a plain message instead of a blank page when the app cannot start (for example, bad content data). */
function showStartError(error: unknown) {
  const box = document.createElement('div');
  box.className = 'start-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'The spine explorer could not start';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  const hint = document.createElement('p');
  hint.textContent =
    'Please reload the page. If this message stays, tell the person who looks after this computer.';
  box.append(heading, detail, hint);
  root?.replaceChildren(box);
  console.error(error);
}

// `?embed=1`: shown inside a clinic's own web page, which has its own header.
if (new URLSearchParams(window.location.search).get('embed') === '1')
  document.documentElement.dataset.embed = 'true';

// The app (and the content it validates at start-up) loads as a module of its own, so a failure there
// still leaves this script able to explain it.
const app = import('./App');
// The presenter view (`?view=presenter`) draws no 3D; every other page starts the 3D view's downloads now,
// side by side with the app's, instead of after the text interface has rendered.
if (new URLSearchParams(window.location.search).get('view') !== 'presenter') preloadScene();
app
  .then(({ App }) => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch(showStartError);
