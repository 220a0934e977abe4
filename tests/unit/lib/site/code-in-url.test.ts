import { describe, expect, it } from 'vitest';
import { codeInUrl, municipalityUrl } from '../../../../src/lib/site/urls.ts';

describe('codeInUrl', () => {
  it.each([
    ['/gemeente/GM0363/', 'GM0363'],
    ['/verscheidenheid/gemeente/GM0281/', 'GM0281'],
    ['https://example.org/gemeente/GM1900', 'GM1900'],
    ['/gemeente/GM036/', undefined],
    ['/type/expat/', undefined],
    ['/gemeente/GM0363/extra/', undefined],
  ])('%s → %s', (url, code) => {
    expect(codeInUrl(url)).toBe(code);
  });

  it('reads back the code a municipality URL is made from', () => {
    expect(codeInUrl(municipalityUrl('GM0518'))).toBe('GM0518');
  });
});
