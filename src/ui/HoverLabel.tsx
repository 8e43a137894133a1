import { structures } from '../content';
import { useViewer } from '../state/store';

/** The name of the structure under the pointer, in plain words. */
export function HoverLabel() {
  const lang = useViewer((s) => s.lang);
  const hovered = useViewer((s) => s.hovered);
  if (!hovered) return null;
  const structure = structures.find((s) => s.nodes.includes(hovered));
  return (
    <div className="hover-label" aria-hidden="true">
      {structure ? `${structure.name[lang]} · ${hovered.replaceAll('_', ' ')}` : hovered.replaceAll('_', ' ')}
    </div>
  );
}
