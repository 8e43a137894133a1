import { useId } from 'react';
import { BODY_MAP_TEXT, type Lang, type PainArea, SKIN_AREAS, shadedText } from '../content';
import { FIGURE, type FigureShapes, type FigureView, smoothClosedPath } from './bodyOutline';

type BodySide = 'left' | 'right';

/** Where each view's midline sits in the drawing, in figure units (see bodyOutline.ts). */
const VIEW_CENTER: Record<FigureView, number> = { front: 0, back: 154 };
const VIEWS: FigureView[] = ['front', 'back'];

/**
 * Which way the patient's `side` lies from the midline as the viewer sees it: +1 right, -1 left.
 * From the front the patient's left is on the viewer's right; from behind it is on the viewer's left.
 */
export function viewerSign(view: FigureView, side: BodySide): 1 | -1 {
  return (view === 'front') === (side === 'left') ? 1 : -1;
}

/** The shapes whose union is the body. */
function silhouette(figure: FigureShapes) {
  return (
    <>
      <ellipse {...figure.head} />
      <path d={figure.body} />
      <path d={figure.arms[0]} />
      <path d={figure.arms[1]} />
    </>
  );
}

function BodyView({
  view,
  area,
  sides,
  lang,
}: {
  view: FigureView;
  area: PainArea['area'];
  sides: BodySide[];
  lang: Lang;
}) {
  const clipId = `body-clip-${useId().replace(/[^\w-]/g, '')}`;
  const figure = FIGURE[view];
  const patches = SKIN_AREAS[area][view];
  const sideLabel = (sign: 1 | -1) => {
    const side = (['left', 'right'] as const).find((s) => viewerSign(view, s) === sign) ?? 'left';
    return BODY_MAP_TEXT[side][lang];
  };
  return (
    <g className="body-view" data-view={view} transform={`translate(${VIEW_CENTER[view]} 0)`}>
      {/* The skin areas lie on the trunk and legs, never on the arms beside them. */}
      <clipPath id={clipId}>
        <path d={figure.body} />
      </clipPath>
      {/* Each side's shading stops at the midline (the clip is mirrored with the side). */}
      <clipPath id={`${clipId}-half`}>
        <rect x={0} y={0} width={70} height={330} />
      </clipPath>
      {/* Drawn thick, then filled over: the stroke shows only around the union of the shapes. */}
      <g className="body-outline">{silhouette(figure)}</g>
      <g className="body-fill">{silhouette(figure)}</g>
      {figure.details && <path className="body-details" d={figure.details} />}
      <g clipPath={`url(#${clipId})`}>
        {sides.map((side) => (
          <g key={side} transform={`scale(${viewerSign(view, side)} 1)`} clipPath={`url(#${clipId}-half)`}>
            {patches.map((patch) => (
              <path
                key={patch.join()}
                className="skin-area"
                data-area={area}
                data-side={side}
                data-view={view}
                d={smoothClosedPath(patch)}
              />
            ))}
          </g>
        ))}
      </g>
      <text className="body-side" x={-15} y={21} textAnchor="end">
        {sideLabel(-1)}
      </text>
      <text className="body-side" x={15} y={21} textAnchor="start">
        {sideLabel(1)}
      </text>
      <text className="body-view-name" x={0} y={322} textAnchor="middle">
        {BODY_MAP_TEXT[view][lang]}
      </text>
    </g>
  );
}

/**
 * "Where you feel it": a body outline from the front and from behind with the skin area of one nerve
 * shaded on the patient's side(s). Parametric (area and side), so it can show any root the content names.
 */
export function BodyMap({ area, side, lang }: PainArea & { lang: Lang }) {
  const titleId = useId();
  const sides: BodySide[] = side === 'both' ? ['right', 'left'] : [side];
  const shaded = shadedText({ area, side }, lang);
  return (
    <figure className="body-map">
      <svg viewBox="-70 -2 294 330" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${BODY_MAP_TEXT.figure[lang]} ${shaded}`}</title>
        {VIEWS.map((view) => (
          <BodyView key={view} view={view} area={area} sides={sides} lang={lang} />
        ))}
      </svg>
      <figcaption>
        <span className="body-map-swatch" aria-hidden="true" /> {shaded} {BODY_MAP_TEXT.guide[lang]}
      </figcaption>
    </figure>
  );
}
