import { useEffect, useRef } from 'react';
import { citation, localize, t, tour } from '../content';
import { parseTypedStep, typeDigit } from '../state/steps';
import { commandForKey, isTypingTarget } from './keys';
import type { RemoteCommand } from './messages';
import { PresenterClock } from './PresenterClock';
import { type PresentationLink, usePresentationLink } from './usePresentationLink';
import './presenterView.css';

const REMOTE: readonly string[] = ['next', 'previous', 'first', 'last', 'blank'] satisfies RemoteCommand[];

/** The clicker's keys in the presenter view; they step the presentation in the other window. */
function usePresenterViewKeys({ command, go }: PresentationLink) {
  const typed = useRef('');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const found = commandForKey(event, true);
      if (!found) return;
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      if (found.kind === 'digit') typed.current = typeDigit(typed.current, found.digit);
      else if (found.kind === 'jump') {
        const step = parseTypedStep(typed.current, tour.length);
        typed.current = '';
        if (step === null) return;
        go(step);
      } else if (REMOTE.includes(found.kind)) command(found.kind as RemoteCommand);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [command, go]);
}

/**
 * The clinician's window (`?view=presenter`): this step and the next, the speaker notes, the time,
 * and buttons that step the presentation. It loads no 3D code.
 */
export function PresenterView() {
  const link = usePresentationLink();
  usePresenterViewKeys(link);
  const { step, lang, blank } = link.state;
  const current = tour[step - 1];
  const upcoming = tour[step];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('presenterView', lang)}: ${t('stepOf', lang, { n: step, total: tour.length })}`;
  }, [lang, step]);
  if (!current) return null;

  return (
    <main className="presenter-view" data-testid="presenter-view">
      <header className="pv-head">
        <h1>{t('presenterView', lang)}</h1>
        <p className="pv-counter" data-testid="pv-counter">
          {t('stepOf', lang, { n: step, total: tour.length })}
          {blank && ' ■'}
        </p>
        <PresenterClock lang={lang} />
      </header>
      <section className="pv-current" aria-labelledby="pv-current-title">
        <h2 id="pv-current-title" data-testid="pv-title">
          {localize(current.title, lang)}
        </h2>
        <p className="pv-caption" data-testid="pv-caption">
          {localize(current.caption, lang)}
        </p>
        <h3>{t('speakerNotes', lang)}</h3>
        <p className="pv-notes" data-testid="pv-notes">
          {localize(current.notes, lang)}
        </p>
        {current.sources && current.sources.length > 0 && (
          <p className="pv-sources" data-testid="pv-sources">
            {t('sources', lang)}: {current.sources.map(citation).join('; ')}
          </p>
        )}
      </section>
      <aside className="pv-next" aria-labelledby="pv-next-heading">
        <h2 id="pv-next-heading">{t('nextStep', lang)}</h2>
        {upcoming ? (
          <>
            <p className="pv-next-title" data-testid="pv-next-title">
              {localize(upcoming.title, lang)}
            </p>
            <p className="pv-next-caption">{localize(upcoming.caption, lang)}</p>
          </>
        ) : (
          <p data-testid="pv-next-title">{t('noNextStep', lang)}</p>
        )}
      </aside>
      <nav className="pv-buttons" aria-label={t('presenterView', lang)}>
        <button type="button" onClick={() => link.command('previous')}>
          {t('previous', lang)}
        </button>
        <button type="button" onClick={() => link.command('next')}>
          {t('next', lang)}
        </button>
      </nav>
    </main>
  );
}
