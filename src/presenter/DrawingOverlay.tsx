import { type PointerEvent, useEffect, useRef } from 'react';
import { usePresenter } from '../state/store';

/** A bright ink that stands out on bone, nerve and the dark backdrop alike. */
const INK = '#ffd400';
const LINE_WIDTH_CSS_PX = 6;

function sizeToWindow(canvas: HTMLCanvasElement) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(window.innerWidth * ratio);
  canvas.height = Math.round(window.innerHeight * ratio);
}

/**
 * Freehand drawing over the view (D toggles it). While drawing, this layer takes the mouse, so the model
 * does not turn; the drawing is wiped when the step changes.
 */
export function DrawingOverlay() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const drawing = usePresenter((s) => s.drawing);
  const step = usePresenter((s) => s.step);
  const cleared = usePresenter((s) => s.drawingCleared);
  const wipeWhen = `${step}/${cleared}`;

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const wipe = () => sizeToWindow(el);
    wipe();
    window.addEventListener('resize', wipe);
    return () => window.removeEventListener('resize', wipe);
  }, []);

  useEffect(() => {
    // Resizing a canvas wipes it: a new step, or Clear drawing, starts with a clean view.
    if (canvas.current && wipeWhen) sizeToWindow(canvas.current);
  }, [wipeWhen]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const ratio = window.devicePixelRatio || 1;
    return { x: event.clientX * ratio, y: event.clientY * ratio };
  };
  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = point(event);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const from = last.current;
    const ctx = event.currentTarget.getContext('2d');
    if (!from || !ctx) return;
    const to = point(event);
    ctx.strokeStyle = INK;
    ctx.lineWidth = LINE_WIDTH_CSS_PX * (window.devicePixelRatio || 1);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.shadowColor = 'rgba(0, 0, 0, 0.6)';
    ctx.shadowBlur = 4;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
    last.current = to;
  };
  const up = () => {
    last.current = null;
  };

  return (
    <canvas
      ref={canvas}
      className={drawing ? 'presenter-drawing is-drawing' : 'presenter-drawing'}
      data-testid="presenter-drawing"
      onPointerDown={drawing ? down : undefined}
      onPointerMove={drawing ? move : undefined}
      onPointerUp={up}
      onPointerCancel={up}
    />
  );
}
