import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { createPortal } from 'react-dom';
import { clinic } from '../config/clinic';
import { type Condition, overview } from '../content';
import { useViewer } from '../state/store';
import { ClinicLogo } from './ClinicLogo';
import { useT } from './useT';

/** The address that opens the app on this condition, in this language. */
export function handoutLink(condition: Condition, lang: string): string {
  const url = new URL(window.location.href);
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

/**
 * The printed page for one condition: the picture of the 3D view as it is now, the condition's text,
 * the clinic's name and contact, and a link with a QR code. Hidden on screen, it alone is printed.
 */
export function Handout({ condition, picture }: { condition: Condition; picture: string | null }) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const link = handoutLink(condition, lang);
  return createPortal(
    <section className="handout" aria-hidden="true">
      <header>
        <ClinicLogo size={40} />
        <strong>{clinic.name}</strong>
        <span>{clinic.contact}</span>
      </header>
      <h1>{condition.name[lang]}</h1>
      <p className="summary">{condition.summary[lang]}</p>
      {picture && <img src={picture} alt="" className="handout-picture" />}
      <h2>{t('whatHappens')}</h2>
      <p>{condition.whatHappens[lang]}</p>
      <h2>{t('whereFelt')}</h2>
      <p>{condition.whereFelt[lang]}</p>
      <h2>{t('treatment')}</h2>
      <p>{condition.treatment.conservative[lang]}</p>
      <p>{condition.treatment.surgery[lang]}</p>
      <h2>{t('redFlags')}</h2>
      <ul>
        {condition.treatment.redFlags[lang].map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
      <footer>
        <QrCode text={link} label={link} />
        <div>
          <p className="handout-link">{link}</p>
          <p>{overview.disclaimer[lang]}</p>
        </div>
      </footer>
    </section>,
    document.body,
  );
}
