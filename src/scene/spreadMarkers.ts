/** A point on the screen, in CSS pixels from the top left of the 3D view. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Moves markers apart until no two are closer than `gap`, each as little as it can, so that markers for
 * nearby spots (three conditions meet at L4-L5) never cover one another and each stays easy to hit.
 * Deterministic: the same points always give the same result, so a marker never jitters at rest.
 */
export function spreadMarkers(points: readonly ScreenPoint[], gap: number, rounds = 24): ScreenPoint[] {
  const placed = points.map((p) => ({ x: p.x, y: p.y }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= gap - 0.01) continue;
        if (distance < 0.01) {
          // The same spot: stack them top to bottom in list order.
          dx = 0;
          dy = 1;
          distance = 1;
        }
        const push = (gap - distance) / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}
