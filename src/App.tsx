import { useEffect } from 'react';
import { clinic } from './config/clinic';
import { isLang } from './content';
import { useViewer } from './state/store';
import { useUrlSync } from './state/useUrlSync';
import { DetailsPanel } from './ui/DetailsPanel';
import { StatusAnnouncer } from './ui/StatusAnnouncer';
import { TopBar } from './ui/TopBar';
import { Viewport } from './ui/Viewport';

/** The language from `?lang=`, else the clinic's default. */
function startLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return isLang(asked) ? asked : clinic.defaultLang;
}

/** The page: the 3D view and the text panel side by side, as siblings that share one store. */
export function App() {
  useUrlSync();
  const lang = useViewer((s) => s.lang);
  useEffect(() => {
    useViewer.getState().setLang(startLanguage());
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className="app">
      <TopBar />
      <main className="workspace">
        <Viewport />
        <DetailsPanel />
      </main>
      <StatusAnnouncer />
    </div>
  );
}
