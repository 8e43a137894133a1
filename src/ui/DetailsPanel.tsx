import { conditionById } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { ConditionDetails } from './ConditionDetails';
import { Overview } from './Overview';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * The text beside the 3D view: the overview, or the selected condition, with the notice that this is
 * education, not a diagnosis, kept in view at the bottom however far the text is scrolled.
 */
export function DetailsPanel() {
  const t = useT();
  const selected = useViewer((s) => s.selected);
  const notice = useViewer((s) => s.notice);
  const condition = selected ? conditionById(selected) : undefined;
  return (
    <aside id="details" className="panel" aria-label={t('detailsLabel')} tabIndex={-1}>
      <UpdatePrompt />
      {notice && (
        <p className="notice" role="status">
          {t(notice)}{' '}
          <button type="button" className="link-button" onClick={() => useViewer.getState().setNotice(null)}>
            {t('dismiss')}
          </button>
        </p>
      )}
      {condition ? <ConditionDetails condition={condition} /> : <Overview />}
      <p className="disclaimer" data-testid="disclaimer">
        {t('disclaimer')}
      </p>
    </aside>
  );
}
