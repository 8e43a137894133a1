import { useEffect, useRef } from 'react';
import { type Condition, painAreaOf } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { BodyMap } from './BodyMap';
import { PathologyControls } from './PathologyControls';
import { PrintHandout } from './PrintHandout';
import { SectionControls } from './SectionControls';
import { SourceList } from './SourceList';
import { UrgentSigns } from './UrgentSigns';
import { useEscapeToOverview } from './useEscapeToOverview';

/** Everything the panel says about one condition, in plain words, under a heading with its name. */
export function ConditionDetails({ condition }: { condition: Condition }) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const heading = useRef<HTMLHeadingElement>(null);
  const painArea = painAreaOf(condition);

  useEscapeToOverview();

  // Move focus to the new heading so screen readers and keyboard users land on the new text.
  useEffect(() => {
    if (condition.id) heading.current?.focus({ preventScroll: true });
  }, [condition.id]);

  return (
    <article className="condition" aria-labelledby="condition-heading">
      <div className="panel-head">
        <h2 id="condition-heading" ref={heading} tabIndex={-1}>
          {condition.name[lang]}
        </h2>
        <button type="button" className="button quiet" onClick={() => useViewer.getState().select(null)}>
          {t('close')}
        </button>
      </div>
      <p className="summary">{condition.summary[lang]}</p>
      <PathologyControls />
      <SectionControls />
      <h3>{t('whatHappens')}</h3>
      <p>{condition.whatHappens[lang]}</p>
      <h3>{t('nerveAffected')}</h3>
      <p>{condition.nerve.label[lang]}</p>
      <h3>{t('whereFelt')}</h3>
      <p>{condition.whereFelt[lang]}</p>
      {painArea && <BodyMap {...painArea} lang={lang} />}
      <h3>{t('symptoms')}</h3>
      <ul>
        {condition.symptoms[lang].map((symptom) => (
          <li key={symptom}>{symptom}</li>
        ))}
      </ul>
      <h3>{t('whoGetsIt')}</h3>
      <p>{condition.whoGetsIt[lang]}</p>
      <h3>{t('treatment')}</h3>
      <h4>{t('conservative')}</h4>
      <p>{condition.treatment.conservative[lang]}</p>
      <h4>{t('surgery')}</h4>
      <p>{condition.treatment.surgery[lang]}</p>
      <UrgentSigns signs={condition.treatment.redFlags} heading="h4" />
      <SourceList sources={condition.sources} />
      <PrintHandout condition={condition} />
    </article>
  );
}
