import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  contributeMailto,
  EXAMPLE_FIELDS,
  exampleMailBody,
  mailtoUrl,
} from '../../../../src/lib/examples/contribute-mail.ts';
import { THEMES } from '../../../../src/lib/examples/example-schema.ts';

const THEME_LABELS = Object.values(THEMES);

/** The subject and body a mail program reads out of a mailto: URL. */
function read(url: string): { address: string; subject: string; body: string } {
  const [, address, query] = /^mailto:([^?]+)\?(.*)$/.exec(url)!;
  const params = Object.fromEntries(
    query!.split('&').map((pair) => pair.split('=').map((part) => decodeURIComponent(part)) as [string, string]),
  );
  return { address: address!, subject: params['subject']!, body: params['body']! };
}

describe('mailtoUrl', () => {
  it.each([
    ['Dutch characters as UTF-8', 'Súdwest-Fryslân', 'één', 'S%C3%BAdwest-Frysl%C3%A2n', '%C3%A9%C3%A9n'],
    ['a line break as CR LF', 'a', 'regel 1\nregel 2', 'a', 'regel%201%0D%0Aregel%202'],
    ['a CR LF stays one line break', 'a', 'x\r\ny', 'a', 'x%0D%0Ay'],
    ['spaces as %20, never +', 'Praktijkvoorbeeld: Den Haag', 'a b', 'Praktijkvoorbeeld%3A%20Den%20Haag', 'a%20b'],
    ['& and = inside a field stay inside it', 'a & b', 'x=y&z', 'a%20%26%20b', 'x%3Dy%26z'],
    ['an apostrophe', "Thema's", "'s-Hertogenbosch", "Thema's", "'s-Hertogenbosch"],
  ])('%s', (_, subject, body, encodedSubject, encodedBody) => {
    expect(mailtoUrl('voorbeelden@example.nl', subject, body)).toBe(
      `mailto:voorbeelden@example.nl?subject=${encodedSubject}&body=${encodedBody}`,
    );
  });
});

describe('exampleMailBody', () => {
  it('asks for the fields of the issue form, by the same labels and in the same order', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/praktijkvoorbeeld.yml', 'utf8')) as {
      body: { id?: string; attributes: { label?: string } }[];
    };
    const labels = form.body.filter((f) => f.id).map((f) => f.attributes.label);
    expect(EXAMPLE_FIELDS.map((f) => f.label)).toEqual(labels);
    const body = exampleMailBody(THEME_LABELS);
    const positions = labels.map((label) => body.indexOf(`\n${label}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lists every theme to keep or delete, one per line, under the themes field', () => {
    const lines = exampleMailBody(THEME_LABELS).split('\n');
    const start = lines.findIndex((l) => l.startsWith("Thema's"));
    expect(lines.slice(start + 1, start + 1 + THEME_LABELS.length)).toEqual(THEME_LABELS.map((t) => `- ${t}`));
  });

  it.each([
    ['with the municipality filled in', 'Tiel', 'Gemeente(n) (naam of CBS-code): Tiel'],
    ['left open without one', undefined, 'Gemeente(n) (naam of CBS-code):\n'],
  ])('the municipality field is %s', (_, municipality, line) => {
    expect(exampleMailBody(THEME_LABELS, municipality)).toContain(line);
  });

  it('states the bounds of the summary and the themes from the schema', () => {
    const body = exampleMailBody(THEME_LABELS);
    expect(body).toContain('Samenvatting (80 tot 200 woorden');
    expect(body).toContain("Thema's (één tot vier");
  });
});

describe('contributeMailto', () => {
  it.each([
    ['Súdwest-Fryslân', 'Praktijkvoorbeeld: Súdwest-Fryslân'],
    [undefined, 'Praktijkvoorbeeld'],
  ])('for %s: subject, body and address read back as written', (municipality, subject) => {
    const url = contributeMailto('voorbeelden@example.nl', THEME_LABELS, municipality);
    const mail = read(url);
    expect(mail.address).toBe('voorbeelden@example.nl');
    expect(mail.subject).toBe(subject);
    expect(mail.body).toBe(exampleMailBody(THEME_LABELS, municipality).replaceAll('\n', '\r\n'));
    expect(url).not.toMatch(/[\s+]/);
  });

  it('stays short enough for mail programs that cut long mailto: links (2,000 characters)', () => {
    expect(
      contributeMailto('voorbeelden@verscheidenheidinkaart.nl', THEME_LABELS, 'Súdwest-Fryslân').length,
    ).toBeLessThan(2000);
  });
});
