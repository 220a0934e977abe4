/**
 * Which municipality an arrow key on the map moves to: of the municipalities that share a border
 * with it, the one whose centre lies most in that direction; where none lies that way (an island, a
 * coast), the nearest municipality in that direction anywhere.
 */
import { compareNames, sortKey } from '../words/names.ts';

/** A point in the map's drawing units (x to the right, y downwards, as in SVG). */
export type Point = readonly [number, number];

/** The four directions of the arrow keys. */
export type Direction = 'right' | 'left' | 'up' | 'down';

const UNIT: Record<Direction, Point> = { right: [1, 0], left: [-1, 0], up: [0, -1], down: [0, 1] };

/** The direction an arrow key moves in, or undefined for any other key. */
export function directionOfKey(key: string): Direction | undefined {
  const directions: Record<string, Direction> = {
    ArrowRight: 'right',
    ArrowLeft: 'left',
    ArrowUp: 'up',
    ArrowDown: 'down',
  };
  return directions[key];
}

/**
 * The code of the municipality to move to from `from` in `direction`: first among its bordering
 * municipalities (`bordering`), then among all. Among the centres within 45° of that direction
 * wins the one with the lowest distance along it plus twice the distance across it (so the one
 * straight ahead beats a nearer one off to the side); if none lies within 45°, the same over all
 * centres ahead. Undefined at the edge of the map.
 */
export function neighbourInDirection(
  centres: ReadonlyMap<string, Point>,
  from: string,
  direction: Direction,
  bordering: readonly string[] = [],
): string | undefined {
  const origin = centres.get(from);
  if (!origin) return undefined;
  return bestAhead(centres, origin, from, direction, bordering) ?? bestAhead(centres, origin, from, direction);
}

/** The best centre ahead of `origin` in `direction`, among `only` (or all centres if not given). */
function bestAhead(
  centres: ReadonlyMap<string, Point>,
  origin: Point,
  from: string,
  direction: Direction,
  only?: readonly string[],
): string | undefined {
  const [ux, uy] = UNIT[direction];
  let best: { code: string; score: number; inCone: boolean } | undefined;
  for (const code of only ?? centres.keys()) {
    const centre = centres.get(code);
    if (code === from || !centre) continue;
    const [x, y] = centre;
    const dx = x - origin[0];
    const dy = y - origin[1];
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const inCone = across <= along;
    const score = along + 2 * across;
    // A centre inside the cone always beats one outside it.
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { code, score, inCone };
    }
  }
  return best?.code;
}

/** Municipalities in alphabetical order, 's-Hertogenbosch under h (see names.ts). */
export function alphabetical<T extends { name: string }>(names: readonly T[]): T[] {
  return [...names].sort((a, b) => compareNames(a.name, b.name));
}

/**
 * The next municipality, in alphabetical order after `from`, whose name starts with `letter`
 * (wrapping round), as a letter key on a list does; undefined if no name starts with it.
 * `sorted` is in alphabetical order (see alphabetical).
 */
export function nextByLetter(
  sorted: readonly { code: string; name: string }[],
  from: string | undefined,
  letter: string,
): string | undefined {
  const wanted = letter.toLocaleLowerCase('nl');
  const start = sorted.findIndex((n) => n.code === from);
  for (let step = 1; step <= sorted.length; step++) {
    const candidate = sorted[(start + step + sorted.length) % sorted.length]!;
    if (sortKey(candidate.name).charAt(0).toLocaleLowerCase('nl') === wanted) return candidate.code;
  }
  return undefined;
}
