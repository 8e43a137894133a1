import { clinic } from '../config/clinic';
import { LANGS, type Lang } from '../content';
import { startPresentation } from '../presenter/presentation';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { ClinicLogo } from './ClinicLogo';
import { LayersMenu } from './LayersMenu';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** Keeps `?lang=` in the address so a shared or reloaded link opens in the same language. */
export function changeLanguage(lang: Lang): void {
  useViewer.getState().setLang(lang);
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}

/** The header: the clinic's name, the app's title, the layers menu and the language. */
export function TopBar() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="clinic-name">
          <ClinicLogo />
          {clinic.name}
        </span>
        <h1>{t('appTitle')}</h1>
      </div>
      <div className="toolbar">
        <button type="button" className="button primary" onClick={startPresentation} aria-keyshortcuts="F5">
          {t('present')}
        </button>
        <LayersMenu />
        <label className="language">
          <span className="sr-only">{t('language')}</span>
          <select value={lang} onChange={(e) => changeLanguage(e.currentTarget.value as Lang)}>
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
