import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contributeMailto } from '../../src/lib/examples/contribute-mail.ts';
import { THEMES } from '../../src/lib/examples/example-schema.ts';
import { contactEmail } from '../../src/lib/site/site.ts';
import { today } from '../helpers/dataset.ts';
import { builtHtml, builtPages } from '../helpers/dist.ts';

const repository = (JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } }).repository.url;
const form = parse(readFileSync('.github/ISSUE_TEMPLATE/praktijkvoorbeeld.yml', 'utf8')) as {
  body: {
    type: string;
    id?: string;
    attributes: { options?: { label: string }[] };
    validations?: { required: boolean };
  }[];
};

describe('offering a practice example', () => {
  it('the issue form asks for what an example needs, with exactly the site’s themes', () => {
    const fields = form.body.filter((f) => f.id).map((f) => f.id);
    expect(fields).toEqual([
      'titel',
      'gemeente',
      'thema',
      'jaar',
      'samenvatting',
      'maatregelen',
      'bron',
      'bron-url',
      'sectie',
    ]);
    const themes = form.body.find((f) => f.id === 'thema')!.attributes.options!.map((o) => o.label);
    expect(themes).toEqual(Object.values(THEMES));
    for (const id of ['titel', 'gemeente', 'samenvatting', 'maatregelen', 'bron', 'bron-url']) {
      expect(form.body.find((f) => f.id === id)!.validations?.required, id).toBe(true);
    }
  });

  // Today's municipalities; an old address (a former code) leads on to them instead.
  const current = new Set(today.map((m) => `/gemeente/${m.code}/`));
  const kinds = [...builtPages().filter((p) => current.has(p) || p.startsWith('/voorbeelden/'))];

  it('finds both municipality pages and example pages to check', () => {
    expect(kinds.some((p) => p.startsWith('/gemeente/'))).toBe(true);
    expect(kinds.some((p) => p.startsWith('/voorbeelden/'))).toBe(true);
  });

  it.each(kinds)('%s links to the form of the project’s repository', (path) => {
    const { document } = parseHTML(builtHtml(path));
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Draag het aan')!;
    expect(link.parentElement!.textContent).toContain('Kent u een voorbeeld uit uw gemeente?');
    const url = new URL(link.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe(`${repository}/issues/new`);
    expect(url.searchParams.get('template')).toBe('praktijkvoorbeeld.yml');
    if (path.startsWith('/gemeente/')) {
      expect(url.searchParams.get('gemeente')).toBe(document.querySelector('h1')!.textContent);
    }
  });

  it.each(kinds)('%s offers the same by e-mail, to the configured address, filled in as on the form', (path) => {
    const { document } = parseHTML(builtHtml(path));
    const link = [...document.querySelectorAll('a')].find((a) => a.getAttribute('href')?.startsWith('mailto:'))!;
    expect(link.textContent).toBe(contactEmail);
    expect(link.parentElement!.textContent).toContain('Draag het aan');
    const municipality = path.startsWith('/gemeente/') ? document.querySelector('h1')!.textContent : undefined;
    expect(link.getAttribute('href')).toBe(contributeMailto(contactEmail, Object.values(THEMES), municipality));
  });
});
