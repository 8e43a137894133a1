import { useEffect, useState } from 'react';
import type { Condition } from '../content';
import { takeSnapshot } from '../scene/snapshot';
import { Handout } from './Handout';
import { useT } from './useT';

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
