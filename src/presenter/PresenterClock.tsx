import { useEffect, useState } from 'react';
import { type Lang, t } from '../content';

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** Elapsed time as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${twoDigits(m)}:${twoDigits(s)}` : `${m}:${twoDigits(s)}`;
}

/** Time since the presenter view opened (resettable) and the time of day, to keep a consultation on time. */
export function PresenterClock({ lang }: { lang: Lang }) {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const clock = new Date(now).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="pv-clock">
      <dl>
        <div>
          <dt>{t('elapsed', lang)}</dt>
          <dd data-testid="pv-elapsed">{formatElapsed(now - start)}</dd>
        </div>
        <div>
          <dt>{t('clock', lang)}</dt>
          <dd>{clock}</dd>
        </div>
      </dl>
      <button
        type="button"
        onClick={() => {
          setStart(Date.now());
          setNow(Date.now());
        }}
      >
        {t('resetTimer', lang)}
      </button>
    </div>
  );
}
