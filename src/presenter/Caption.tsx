import { useLayoutEffect, useRef } from 'react';
import { localize, tour } from '../content';
import { usePresenter, useViewer } from '../state/store';
import { useT } from '../state/useT';

/**
 * Tells the page how tall the caption band is (`--presenter-caption-height`), so the 3D view ends above
 * it and the anatomy being discussed is never under the text.
 */
function useCaptionSpace() {
  const band = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = band.current;
    if (!el) return;
    const root = document.documentElement.style;
    const measure = () => root.setProperty('--presenter-caption-height', `${el.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--presenter-caption-height');
    };
  }, []);
  return band;
}

/**
 * The step's title and patient caption, large enough to read from 3 m on a TV, on a dark band, with the
 * notice that this is education, not a diagnosis: the panel that carries it elsewhere is hidden here.
 */
export function Caption() {
  const t = useT();
  const band = useCaptionSpace();
  const lang = useViewer((s) => s.lang);
  const step = usePresenter((s) => s.step);
  const endReached = usePresenter((s) => s.endReached);
  const tourStep = tour[step - 1];
  if (!tourStep) return null;
  return (
    <div ref={band} className="presenter-caption" data-testid="presenter-caption">
      <p className="presenter-caption-title">
        {localize(tourStep.title, lang)}
        {endReached && <span className="presenter-end"> · {t('tourComplete')}</span>}
      </p>
      <p className="presenter-caption-text">{localize(tourStep.caption, lang)}</p>
      <p className="presenter-disclaimer" data-testid="presenter-disclaimer">
        {t('disclaimer')}
      </p>
    </div>
  );
}

/** "Step 3 of 12", small in a corner, with the number being typed for a jump. */
export function StepCounter() {
  const t = useT();
  const step = usePresenter((s) => s.step);
  const typed = usePresenter((s) => s.typed);
  return (
    <p className="presenter-counter" data-testid="presenter-counter">
      {t('stepOf', { n: step, total: tour.length })}
      {typed && <span className="presenter-typed"> → {typed}</span>}
    </p>
  );
}
