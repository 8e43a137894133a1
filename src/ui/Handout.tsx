import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { clinic } from '../config/clinic';
import { type Condition, overview, painAreaOf } from '../content';
import { overlay } from '../state/overlay';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { BodyMap } from './BodyMap';
import { ClinicLogo } from './ClinicLogo';
import { UrgentSigns } from './UrgentSigns';

/**
 * The address that opens the app on this condition, in this language, from the clinic's public address:
 * never the address of this window, which on a clinic laptop (127.0.0.1) no phone can open.
 */
export function handoutLink(publicUrl: string, condition: Condition, lang: string): string {
  const url = new URL(publicUrl);
  url.search = `?lang=${lang}`;
  url.hash = condition.id;
  return url.href;
}

/** A QR code as an SVG drawn in the page, so a phone can reopen the condition at home. */
function QrCode({ text, label }: { text: string; label: string }) {
  const code = generate(text);
  return (
    <svg className="qr" viewBox={`-4 -4 ${code.size + 8} ${code.size + 8}`} role="img" aria-label={label}>
      <rect x={-4} y={-4} width={code.size + 8} height={code.size + 8} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}

/** Where to find the page again: a QR code and link to the clinic's public address, or whom to ask. */
function FindAgain({ condition, publicUrl }: { condition: Condition; publicUrl: string | null }) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  if (!publicUrl) return <p className="handout-ask">{t('handoutAsk', { clinic: clinic.name })}</p>;
  const link = handoutLink(publicUrl, condition, lang);
  return (
    <>
      <QrCode text={link} label={link} />
      <div>
        <p>{t('handoutScan')}</p>
        <p className="handout-link">{link}</p>
      </div>
    </>
  );
}

/**
 * The printed page for one condition: the picture of the 3D view as it is now, the condition's text, the
 * warning signs, the clinic's name and contact, where to find the page again, and the notice that this is
 * education, not a diagnosis. Hidden on screen, it alone is printed.
 */
export function Handout({
  condition,
  picture,
  publicUrl = clinic.publicUrl,
}: {
  condition: Condition;
  picture: string | null;
  /** The clinic's public address (clinic.json `publicUrl`); a prop so tests can try both cases. */
  publicUrl?: string | null;
}) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const painArea = painAreaOf(condition);
  // The picture carries the cut's dashed healthy outline, but not the view's key to it.
  const healthyEdge = useStore(overlay, (s) => s.healthyEdge);
  return createPortal(
    <section className="handout" aria-hidden="true" data-testid="handout">
      <header>
        <ClinicLogo size={40} />
        <strong>{clinic.name}</strong>
        <span>{clinic.contact}</span>
      </header>
      <h1>{condition.name[lang]}</h1>
      <p className="summary">{condition.summary[lang]}</p>
      <p className="handout-disclaimer">{overview.disclaimer[lang]}</p>
      {painArea && <BodyMap {...painArea} lang={lang} />}
      {picture && <img src={picture} alt="" className="handout-picture" />}
      {picture && healthyEdge && <p className="handout-caption">{t('healthyEdgeKey')}</p>}
      <h2>{t('whatHappens')}</h2>
      <p>{condition.whatHappens[lang]}</p>
      <h2>{t('whereFelt')}</h2>
      <p>{condition.whereFelt[lang]}</p>
      <h2>{t('treatment')}</h2>
      <p>{condition.treatment.conservative[lang]}</p>
      <p>{condition.treatment.surgery[lang]}</p>
      <UrgentSigns signs={condition.treatment.redFlags} heading="h2" />
      <footer>
        <FindAgain condition={condition} publicUrl={publicUrl} />
      </footer>
    </section>,
    document.body,
  );
}
