import { conditions } from '../content';
import { useViewer } from '../state/store';

/** Every cause of nerve pain as a button, for those who prefer a list to the 3D view. */
export function ConditionList() {
  const lang = useViewer((s) => s.lang);
  const selected = useViewer((s) => s.selected);
  return (
    <ul className="condition-list">
      {conditions.map((condition) => (
        <li key={condition.id}>
          <button
            type="button"
            className="list-button"
            aria-current={selected === condition.id ? 'true' : undefined}
            onClick={() => useViewer.getState().select(condition.id)}
          >
            <span className="list-title">{condition.name[lang]}</span>
            <span className="list-summary">{condition.summary[lang]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
