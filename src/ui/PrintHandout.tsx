import { useEffect, useState } from 'react';
import type { Condition } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { Handout } from './Handout';

/** The 3D view as a PNG data URL, or null when there is no 3D view or it cannot be read. */
function takeSnapshot(): string | null {
  try {
    return useViewer.getState().drawPicture?.() ?? null;
  } catch {
    return null;
  }
}

/** "Print a handout": takes a picture of the 3D view as it is, then opens the browser's print dialog. */
export function PrintHandout({ condition }: { condition: Condition }) {
  const t = useT();
  const [picture, setPicture] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    // Print once the handout, with its picture, is in the page.
    const frame = requestAnimationFrame(() => {
      window.print();
      setPrinting(false);
    });
    return () => cancelAnimationFrame(frame);
  }, [printing]);

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setPicture(takeSnapshot());
          setPrinting(true);
        }}
      >
        {t('printHandout')}
      </button>
      <Handout condition={condition} picture={picture} />
    </>
  );
}
