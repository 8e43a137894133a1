import { useEffect, useState } from 'react';
import { startOfflineSupport } from '../lib/offline';
import { useT } from '../state/useT';

/** Asks before loading a new version of the app; "Later" keeps the consultation undisturbed. */
export function UpdatePrompt() {
  const t = useT();
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => startOfflineSupport((update) => setApply(() => update)), []);
  if (!apply) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{t('updateReady')}</p>
      <button type="button" className="button primary" onClick={apply}>
        {t('updateNow')}
      </button>{' '}
      <button type="button" className="button quiet" onClick={() => setApply(null)}>
        {t('updateLater')}
      </button>
    </div>
  );
}
