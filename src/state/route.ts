import { type ConditionId, isConditionId } from '../content';

/** What the address's hash asks for. */
export type Route =
  | { kind: 'overview' }
  | { kind: 'condition'; id: ConditionId }
  | { kind: 'tour'; step: number }
  | { kind: 'unknown' };

const MAX_HASH = 64;

/**
 * Reads `#herniated-disc`, `#tour/3` or an empty hash. Anything else, however long or odd, is
 * `unknown`: the hash is never used as HTML or as a path.
 */
export function parseHash(hash: string): Route {
  const value = hash.replace(/^#/, '');
  if (value === '' || value === 'overview') return { kind: 'overview' };
  if (value.length > MAX_HASH) return { kind: 'unknown' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return { kind: 'unknown' };
  }
  if (isConditionId(decoded)) return { kind: 'condition', id: decoded };
  const tour = /^tour\/(\d{1,3})$/.exec(decoded);
  if (tour) return { kind: 'tour', step: Number(tour[1]) };
  return { kind: 'unknown' };
}

/** The hash for a route; the overview has none. */
export function hashFor(route: Route): string {
  switch (route.kind) {
    case 'condition':
      return `#${route.id}`;
    case 'tour':
      return `#tour/${route.step}`;
    default:
      return '';
  }
}
