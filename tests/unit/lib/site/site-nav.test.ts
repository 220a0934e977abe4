import { describe, expect, it } from 'vitest';
import { NAV, navCurrent } from '../../../../src/lib/site/site-nav.ts';

const item = (label: string) => NAV.find((i) => i.label === label)!;

describe('the main menu marks where the reader is', () => {
  it.each([
    ['/', 'Kaart', 'page'],
    ['/typen/', 'Typen', 'page'],
    ['/type/grens/', 'Typen', 'true'],
    ['/voorbeelden/tiel-huisvesting-arbeidsmigranten/', 'Praktijkvoorbeelden', 'true'],
    ['/tabel/', 'Tabel', 'page'],
    ['/gemeente/GM0281/', 'Kaart', undefined],
    ['/type/grens/', 'Kaart', undefined],
    ['/typen/', 'Tabel', undefined],
  ])('on %s, "%s" is %s', (pathname, label, current) => {
    expect(navCurrent(item(label), pathname)).toBe(current);
  });

  it('marks at most one item on every page', () => {
    for (const pathname of [
      '/',
      '/typen/',
      '/type/homogeen/',
      '/voorbeelden/',
      '/tabel/',
      '/methode/',
      '/gemeente/GM0363/',
    ]) {
      expect(NAV.filter((i) => navCurrent(i, pathname) !== undefined).length).toBeLessThanOrEqual(1);
    }
  });
});
