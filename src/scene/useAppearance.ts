import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { conditionById, structures } from '../content';
import { useViewer, type ViewerState } from '../state/store';
import { type Focus, lookFor, nervesFor } from './appearance';
import { setGrowthTint } from './growthTint';
import type { ModelPart } from './prepareModel';

/** What the store says should be in focus, in model node names. */
export function focusOf(state: ViewerState): Focus {
  const isolated = state.isolated ? (structures.find((s) => s.id === state.isolated)?.nodes ?? null) : null;
  const condition = state.selected ? conditionById(state.selected) : undefined;
  if (!condition) {
    const highlighted = state.highlight.length > 0 ? state.highlight : null;
    return { layers: state.layers, isolated, affected: highlighted, compressed: [], painPath: [] };
  }
  const { compressed, painPath } = nervesFor(condition.nerve.node, condition.painSide);
  return {
    layers: state.layers,
    isolated,
    affected: [...condition.affected, ...state.highlight],
    compressed,
    painPath,
    context: { solid: condition.view.solid, faded: condition.view.faded },
    newBone: condition.view.newBone,
  };
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  return !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
}

function apply(parts: ModelPart[], focus: Focus) {
  for (const part of parts) {
    const look = lookFor(part.structure, part.layer, focus, part.tissue);
    const { material, mesh } = part;
    mesh.visible = look.visible;
    material.opacity = look.opacity;
    const transparent = look.opacity < 1;
    if (material.transparent !== transparent) {
      material.transparent = transparent;
      // three.js builds opaque materials with a shader that ignores opacity: switch shaders.
      material.needsUpdate = true;
    }
    // Translucent parts must not hide what lies behind them.
    material.depthWrite = look.opacity >= 1;
    material.emissive.setHex(look.glowColor);
    material.emissiveIntensity = look.glow;
    setGrowthTint(material, look.growth ? 1 : 0);
  }
}

/** Restyles the model whenever layers, isolation or the selection change; never per frame. */
export function useAppearance(parts: ModelPart[]): void {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    let last: Focus | null = null;
    const update = (state: ViewerState) => {
      const focus = focusOf(state);
      if (
        last &&
        last.layers === focus.layers &&
        last.isolated === focus.isolated &&
        sameList(last.affected, focus.affected) &&
        last.context?.solid === focus.context?.solid
      ) {
        return;
      }
      last = focus;
      apply(parts, focus);
      invalidate();
    };
    update(useViewer.getState());
    return useViewer.subscribe(update);
  }, [parts, invalidate]);
}
