import { citation, type Source } from '../content';
import { useT } from '../state/useT';

/** The references behind a text, so a clinician can check them. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  return (
    <details className="sources">
      <summary>{t('sources')}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.title}>{citation(source)}</li>
        ))}
      </ul>
    </details>
  );
}
