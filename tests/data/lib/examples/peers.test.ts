import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../../../src/lib/figures/dataset-schema.ts';
import type { GroupValues } from '../../../../src/lib/figures/migration-groups.ts';
import {
  compositionDistance,
  PEER_COUNT,
  peerDistance,
  peersOf,
  similarMunicipalities,
  type PeerCandidate,
} from '../../../../src/lib/examples/peers.ts';
import { municipality, today } from '../../../helpers/dataset.ts';

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
const m = (code: string, type: string, s: GroupValues, inhabitants = 20_000): PeerCandidate => ({
  code,
  type,
  shares: s,
  inhabitants,
});

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

  it('weighs size beside composition: a village is not offered a town four times its size when a village is as alike', () => {
    const village = m('V', 'homogeen', shares(0.95, 0.03), 12_000);
    const town = m('T', 'homogeen', shares(0.95, 0.03), 50_000);
    const otherVillage = m('W', 'homogeen', shares(0.94, 0.035), 11_000);
    expect(peersOf(village, [town, otherVillage], 1).map((p) => p.code)).toEqual(['W']);
    // Twice the size weighs as much as five percentage points of composition.
    expect(peerDistance(village, { ...village, code: 'X', inhabitants: 24_000 })).toBeCloseTo(0.05);
  });

  it('looks among another type where asked, as for the other types a twijfelgeval could be', () => {
    expect(peersOf(target, candidates, 3, 'expat').map((p) => p.code)).toEqual(['D']);
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

  it('gives five of the same type where there are more, none further away in composition and size than one left out (Zwolle in 2022)', () => {
    const zwolle = municipality('GM0193');
    const others = othersOfType(zwolle, 2022);
    expect(others.length).toBeGreaterThan(PEER_COUNT);
    const similar = similarMunicipalities(zwolle, today, 2022);
    expect(similar).toHaveLength(PEER_COUNT);
    const candidate = (x: Municipality) => ({
      code: x.code,
      type: typeIn(x, 2022),
      shares: x.years['2022']!.figures.shares,
      inhabitants: x.years['2022']!.figures.inhabitants,
    });
    const distance = (x: Municipality) => peerDistance(candidate(zwolle), candidate(x));
    const chosen = new Set(similar.map((m) => m.code));
    const furthestChosen = Math.max(...similar.map(distance));
    for (const m of similar) expect(typeIn(m, 2022)).toBe(typeIn(zwolle, 2022));
    for (const m of others.filter((x) => !chosen.has(x.code)))
      expect(distance(m)).toBeGreaterThanOrEqual(furthestChosen);
  });
});
