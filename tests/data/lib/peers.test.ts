import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../../src/lib/dataset-schema.ts';
import type { GroupValues } from '../../../src/lib/migration-groups.ts';
import {
  compositionDistance,
  PEER_COUNT,
  peersOf,
  similarMunicipalities,
  type PeerCandidate,
} from '../../../src/lib/peers.ts';
import { municipality, today } from '../../helpers/dataset.ts';

const shares = (dutch: number, western: number, turkish = 0): GroupValues => ({
  dutch,
  western,
  turkish,
  moroccan: 0,
  antillean: 0,
  surinamese: 0,
  otherNonWestern: 1 - dutch - western - turkish,
  nonWestern: 1 - dutch - western,
});
const m = (code: string, type: string, s: GroupValues): PeerCandidate => ({ code, type, shares: s });

describe('peersOf', () => {
  const target = m('A', 'grens', shares(0.7, 0.25));
  const candidates = [
    target,
    m('B', 'grens', shares(0.72, 0.23)),
    m('C', 'grens', shares(0.5, 0.45)),
    m('D', 'expat', shares(0.7, 0.25)),
    m('E', 'grens', shares(0.69, 0.25, 0.01)),
    m('F', 'grens', shares(0.8, 0.1)),
  ];

  it('picks the same type only, nearest composition first, never the municipality itself', () => {
    expect(peersOf(target, candidates, 3).map((p) => p.code)).toEqual(['E', 'B', 'F']);
  });

  it('returns fewer when the type has fewer members', () => {
    expect(peersOf(target, candidates).map((p) => p.code)).toEqual(['E', 'B', 'F', 'C']);
  });

  it('measures distance over the seven origin groups', () => {
    expect(compositionDistance(shares(0.7, 0.25), shares(0.7, 0.25))).toBe(0);
    expect(compositionDistance(shares(0.7, 0.3), shares(0.8, 0.2))).toBeCloseTo(Math.sqrt(0.02));
  });
});

describe('similarMunicipalities (real data)', () => {
  const typeIn = (x: Municipality, year: number) => x.years[String(year)]!.typing.type;
  const othersOfType = (target: Municipality, year: number) =>
    today.filter((x) => x.code !== target.code && typeIn(x, year) === typeIn(target, year));

  it('gives all the others of its type when there are fewer than five (Amsterdam in 2022: the other majority-minority cities)', () => {
    const amsterdam = municipality('GM0363');
    const others = othersOfType(amsterdam, 2022);
    expect(others.length).toBeGreaterThan(0);
    expect(others.length).toBeLessThan(PEER_COUNT);
    const similar = similarMunicipalities(amsterdam, today, 2022);
    expect(similar.map((m) => m.code).sort()).toEqual(others.map((m) => m.code).sort());
    expect(similar.map((m) => m.name)).toContain('Rotterdam');
  });

  it('gives five of the same type where there are more, none further away than one left out (Zwolle in 2022)', () => {
    const zwolle = municipality('GM0193');
    const others = othersOfType(zwolle, 2022);
    expect(others.length).toBeGreaterThan(PEER_COUNT);
    const similar = similarMunicipalities(zwolle, today, 2022);
    expect(similar).toHaveLength(PEER_COUNT);
    const distance = (x: Municipality) =>
      compositionDistance(zwolle.years['2022']!.figures.shares, x.years['2022']!.figures.shares);
    const chosen = new Set(similar.map((m) => m.code));
    const furthestChosen = Math.max(...similar.map(distance));
    for (const m of similar) expect(typeIn(m, 2022)).toBe(typeIn(zwolle, 2022));
    for (const m of others.filter((x) => !chosen.has(x.code)))
      expect(distance(m)).toBeGreaterThanOrEqual(furthestChosen);
  });
});
