import { describe, expect, it } from 'vitest';
import type { GroupValues } from '../../src/lib/migration-groups.ts';
import { compositionDistance, peersOf, similarMunicipalities, type PeerCandidate } from '../../src/lib/peers.ts';
import { municipality, today } from '../helpers/dataset.ts';

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
  it('finds the five of the same type in that year with the nearest composition', () => {
    const amsterdam = municipality('GM0363');
    const similar = similarMunicipalities(amsterdam, today, 2022);
    expect(similar).toHaveLength(4);
    expect(similar.map((m) => m.name)).toContain('Rotterdam');
    for (const m of similar) expect(m.years['2022']!.typing.type).toBe(amsterdam.years['2022']!.typing.type);
  });
});
