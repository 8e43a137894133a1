import { structures } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/** The main structures with a short description; each can be shown alone in the 3D view. */
export function StructureList() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const isolated = useViewer((s) => s.isolated);
  return (
    <dl className="structure-list">
      {structures.map((structure) => (
        <div key={structure.id} className="structure">
          <dt>{structure.name[lang]}</dt>
          <dd>
            {structure.description[lang]}{' '}
            <button
              type="button"
              className="link-button"
              aria-pressed={isolated === structure.id}
              onClick={() => useViewer.getState().isolate(isolated === structure.id ? null : structure.id)}
            >
              {isolated === structure.id ? t('showAll') : t('isolate')}
              <span className="sr-only"> {structure.name[lang]}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
