import { useEffect, useState } from 'react';
import { clinic } from './config/clinic';
import { isLang } from './content';
import { isPresenterView } from './presenter/openPresenterView';
import { PresenterAnnouncer } from './presenter/PresenterAnnouncer';
import { PresenterMode } from './presenter/PresenterMode';
import { PresenterView } from './presenter/PresenterView';
import { usePresentation } from './presenter/usePresentation';
import { useViewer } from './state/store';
import { useUrlSync } from './state/useUrlSync';
import { DetailsPanel } from './ui/DetailsPanel';
import { SkipToDetails } from './ui/SkipToDetails';
import { StatusAnnouncer } from './ui/StatusAnnouncer';
import { TopBar } from './ui/TopBar';
import { Viewport } from './ui/Viewport';

/** The language from `?lang=`, else the clinic's default. */
function startLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return isLang(asked) ? asked : clinic.defaultLang;
}

/** The consultation page: the 3D view and the text panel side by side, as siblings that share one store. */
function Consultation() {
  useUrlSync();
  const presenting = usePresentation();
  const lang = useViewer((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <SkipToDetails />
      <TopBar />
      <main className="workspace">
        <Viewport />
        <DetailsPanel />
      </main>
      {presenting ? <PresenterMode /> : <StatusAnnouncer />}
      <PresenterAnnouncer />
    </div>
  );
}

/** The page: the consultation, or with `?view=presenter` the clinician's presenter view, which loads no 3D. */
export function App() {
  const [presenterView] = useState(isPresenterView);
  useEffect(() => {
    useViewer.getState().setLang(startLanguage());
  }, []);
  return presenterView ? <PresenterView /> : <Consultation />;
}
