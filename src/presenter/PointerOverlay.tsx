import { useEffect, useRef } from 'react';

/**
 * A large glowing dot that follows the mouse, for the patient to follow on a TV. It lets every
 * click through, so the model still turns under it.
 */
export function PointerOverlay() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const move = (event: PointerEvent) => {
      const el = dot.current;
      if (!el) return;
      el.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
      el.hidden = false;
    };
    const hide = () => {
      if (dot.current) dot.current.hidden = true;
    };
    window.addEventListener('pointermove', move);
    document.documentElement.addEventListener('pointerleave', hide);
    return () => {
      window.removeEventListener('pointermove', move);
      document.documentElement.removeEventListener('pointerleave', hide);
    };
  }, []);
  return (
    <div ref={dot} className="presenter-pointer" data-testid="presenter-pointer" hidden aria-hidden="true" />
  );
}
