import { type Keepout, nearestOnBox, placeCallouts } from './placeCallouts';

/** The DOM of one callout: its box (a button or a label) and its leader line with a dot on the model. */
export interface CalloutElements {
  box: HTMLElement;
  leader: SVGGElement;
}

/** A callout to draw this frame: its elements, the point it names, and whether to show it at all. */
export interface CalloutToDraw extends CalloutElements {
  anchorX: number;
  anchorY: number;
  shown: boolean;
}

/** Callouts keep off the view's edges and the view buttons along its bottom. */
const EDGE_PX = 8;
const BOTTOM_BAR_PX = 64;

/**
 * Lays out callouts over the 3D view of `layer` (its size is the view's): measures each shown box,
 * places them clear of one another and of `keepouts` (placeCallouts.ts), below `top` (the picture's
 * key), and draws their leader lines.
 */
export function drawCallouts(
  layer: HTMLElement,
  callouts: readonly CalloutToDraw[],
  keepouts: Keepout[] = [],
  top = EDGE_PX,
) {
  const shown = callouts.filter((c) => c.shown);
  for (const c of callouts) {
    c.box.hidden = !c.shown;
    c.leader.style.display = c.shown ? '' : 'none';
  }
  const { boxes } = placeCallouts(
    shown.map((c) => ({
      anchorX: c.anchorX,
      anchorY: c.anchorY,
      width: c.box.offsetWidth,
      height: c.box.offsetHeight,
    })),
    {
      width: layer.clientWidth,
      height: layer.clientHeight,
      edge: EDGE_PX,
      top: Math.max(EDGE_PX, top),
      bottom: BOTTOM_BAR_PX,
    },
    keepouts,
  );
  shown.forEach((c, i) => {
    const box = boxes[i];
    c.box.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
    const end = nearestOnBox(c.anchorX, c.anchorY, box);
    const [line, dot] = c.leader.children;
    line.setAttribute('x1', String(c.anchorX));
    line.setAttribute('y1', String(c.anchorY));
    line.setAttribute('x2', String(end.x));
    line.setAttribute('y2', String(end.y));
    dot.setAttribute('cx', String(c.anchorX));
    dot.setAttribute('cy', String(c.anchorY));
  });
}
