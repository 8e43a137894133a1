import { structureForNode } from '../content';
import { useViewer } from '../state/store';

/** The name of the structure under the pointer, in plain words (a facet is named as a facet joint). */
export function HoverLabel() {
  const lang = useViewer((s) => s.lang);
  const hovered = useViewer((s) => s.hovered);
  if (!hovered) return null;
  const structure = structureForNode(hovered);
  return (
    <div className="hover-label" aria-hidden="true">
      {structure ? `${structure.name[lang]} · ${hovered.replaceAll('_', ' ')}` : hovered.replaceAll('_', ' ')}
    </div>
  );
}
