import { describe, expect, it } from 'vitest';
import {
  alphabetical,
  directionOfKey,
  neighbourInDirection,
  nextByLetter,
  type Direction,
  type Point,
} from '../../../../src/lib/map/map-neighbours.ts';

// A plus sign of centres around C, with a far one straight ahead on the right and a near one off
// to the side, in drawing units (y downwards).
const centres = new Map<string, Point>([
  ['C', [0, 0]],
  ['E', [10, 1]],
  ['W', [-10, 0]],
  ['N', [0, -10]],
  ['S', [1, 10]],
  ['FAR-E', [30, 0]],
  ['SIDE', [4, 6]],
]);

describe('neighbourInDirection', () => {
  it.each<[string, Direction, string | undefined]>([
    ['C', 'right', 'E'],
    ['C', 'left', 'W'],
    ['C', 'up', 'N'],
    ['C', 'down', 'S'],
    // Only FAR-E lies further right than E.
    ['E', 'right', 'FAR-E'],
    // Nothing lies beyond the map's right edge.
    ['FAR-E', 'right', undefined],
    // From N straight down, C is nearer than S and in line.
    ['N', 'down', 'C'],
    ['unknown', 'right', undefined],
  ])('from %s going %s reaches %s', (from, direction, expected) => {
    expect(neighbourInDirection(centres, from, direction)).toBe(expected);
  });

  it('prefers a centre within 45° over a nearer one further off the line', () => {
    const around = new Map<string, Point>([
      ['A', [0, 0]],
      ['AHEAD', [20, 15]],
      ['STEEP', [3, 5]],
    ]);
    expect(neighbourInDirection(around, 'A', 'right')).toBe('AHEAD');
  });

  it.each<[string, Direction, string[], string | undefined]>([
    // Only S borders C: going down reaches it; going left, where no bordering one lies, the nearest that way.
    ['a bordering one in that direction', 'down', ['S'], 'S'],
    ['the nearest anywhere when no bordering one lies that way', 'left', ['S'], 'W'],
    // A bordering centre beats a nearer one that does not border.
    ['a bordering one over a nearer one', 'right', ['FAR-E'], 'FAR-E'],
  ])('takes %s', (_, direction, bordering, expected) => {
    expect(neighbourInDirection(centres, 'C', direction, bordering)).toBe(expected);
  });

  it('falls back to a centre ahead outside 45° when there is none inside', () => {
    const around = new Map<string, Point>([
      ['A', [0, 0]],
      ['STEEP', [3, 5]],
      ['BEHIND', [-3, 0]],
    ]);
    expect(neighbourInDirection(around, 'A', 'right')).toBe('STEEP');
  });
});

describe('directionOfKey', () => {
  it.each([
    ['ArrowRight', 'right'],
    ['ArrowLeft', 'left'],
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['Enter', undefined],
  ])('%s → %s', (key, direction) => {
    expect(directionOfKey(key)).toBe(direction);
  });
});

describe('nextByLetter', () => {
  const names = [
    { code: 'GM0001', name: 'Utrecht' },
    { code: 'GM0002', name: 'Amsterdam' },
    { code: 'GM0003', name: 'Alkmaar' },
    { code: 'GM0004', name: "'s-Hertogenbosch" },
    { code: 'GM0005', name: 'Haarlem' },
  ];
  it.each([
    ['from nowhere, the first with the letter', undefined, 'a', 'GM0003'],
    ['the next with the letter', 'GM0003', 'A', 'GM0002'],
    ['round to the first again', 'GM0002', 'a', 'GM0003'],
    ["'s-Hertogenbosch under h, after Haarlem", 'GM0005', 'h', 'GM0004'],
    ['nothing for a letter no name starts with', 'GM0001', 'q', undefined],
  ])('%s', (_, from, letter, expected) => {
    expect(nextByLetter(alphabetical(names), from, letter)).toBe(expected);
  });
});

describe('alphabetical', () => {
  it("sorts by name, 's-Hertogenbosch under h", () => {
    const names = ['Zwolle', "'s-Hertogenbosch", 'Aa en Hunze', 'Haarlem'].map((name) => ({ name }));
    expect(alphabetical(names).map((n) => n.name)).toEqual(['Aa en Hunze', 'Haarlem', "'s-Hertogenbosch", 'Zwolle']);
  });
});
