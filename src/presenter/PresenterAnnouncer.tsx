import { localize, tour } from '../content';
import { usePresenter, useViewer } from '../state/store';
import { useT } from '../state/useT';

/**
 * Announces each step to screen readers ("Step 3 of 12: Piriformis syndrome"). It stays on the page
 * when not presenting, so the first step of a presentation is announced too.
 */
export function PresenterAnnouncer() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const active = usePresenter((s) => s.active);
  const step = usePresenter((s) => s.step);
  const endReached = usePresenter((s) => s.endReached);
  const tourStep = tour[step - 1];
  let message = '';
  if (active && endReached) message = t('tourComplete');
  else if (active && tourStep) {
    message = t('stepAnnounce', { n: step, total: tour.length, title: localize(tourStep.title, lang) });
  }
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="presenter-announcer">
      {message}
    </div>
  );
}
