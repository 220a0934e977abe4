import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBorderline } from '../../src/lib/borderline.ts';
import { TYPES } from '../../src/lib/wrr-types.ts';
import { today } from '../helpers/dataset.ts';
import { builtHtml } from '../helpers/dist.ts';

/** The type heading of a municipality page for one year, as text. */
function headline(code: string, year: string): string {
  const { document } = parseHTML(builtHtml(`/gemeente/${code}/`));
  const entry = [...document.querySelectorAll('.types > div')].find((d) =>
    d.querySelector('dt')!.textContent.includes(year),
  )!;
  return entry.querySelector('dd')!.textContent.replace(/\s+/g, ' ').trim();
}

describe('borderline types on municipality pages', () => {
  const derived = today.filter((m) => m.years['2022']!.typing.basis === 'afgeleid');
  const borderline = derived.find((m) => isBorderline(m.years['2022']!.typing))!;
  const clear = derived.find((m) => m.years['2022']!.typing.margin > 2)!;

  it(`${borderline.name}: a type one step from another is marked as a "grensgeval", with the runner-up`, () => {
    const runnerUp = TYPES[borderline.years['2022']!.typing.runnerUp].singular.toLowerCase();
    expect(headline(borderline.code, '2022')).toContain(`grensgeval; naaste alternatief: ${runnerUp}`);
  });

  it(`${clear.name}: a type far from any other is not`, () => {
    expect(headline(clear.code, '2022')).not.toContain('grensgeval');
  });
});
