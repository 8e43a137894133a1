import type { UrgentSigns as Signs } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/**
 * The warning signs in two groups: the ones that need the emergency department now, and the ones that need
 * a doctor the same day. `heading` is the level of the two group headings, to fit the page's outline.
 */
export function UrgentSigns({ signs, heading: Heading }: { signs: Signs; heading: 'h2' | 'h3' | 'h4' }) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  return (
    <div className="red-flags" data-testid="urgent-signs">
      <Heading>{t('redFlags')}</Heading>
      <ul>
        {signs.emergency[lang].map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <Heading>{t('sameDaySigns')}</Heading>
      <ul>
        {signs.sameDay[lang].map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
    </div>
  );
}
