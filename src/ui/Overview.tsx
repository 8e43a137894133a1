import { overview, URGENT_SIGNS } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { ConditionList } from './ConditionList';
import { SourceList } from './SourceList';
import { StructureList } from './StructureList';
import { UrgentSigns } from './UrgentSigns';

/**
 * The panel when nothing is selected: what hip nerve pain is, every cause and structure as a list, and the
 * warning signs, which a patient must see even without choosing a cause.
 */
export function Overview() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  return (
    <article className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{overview.title[lang]}</h2>
      <p>{overview.intro[lang]}</p>
      <h3>{t('conditions')}</h3>
      <ConditionList />
      <h3>{t('sciaticNerve')}</h3>
      <p>{overview.sciaticNerve[lang]}</p>
      <p>{overview.sciaticaVsPiriformis[lang]}</p>
      <h3>{t('warningSigns')}</h3>
      <UrgentSigns signs={URGENT_SIGNS} heading="h4" />
      <h3>{t('structures')}</h3>
      <StructureList />
      <SourceList sources={overview.sources} />
    </article>
  );
}
