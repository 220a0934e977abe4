import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist.ts';

/**
 * The W3C's Nu Html Checker (vnu-jar) over every built page and stylesheet. It does not know two SVG features
 * the site rightly uses, so exactly these two messages are left out: `vector-effect` in CSS (the
 * map's strokes keep their width when zoomed) and `font-variant` on SVG elements (Observable Plot
 * writes it for tabular figures). Everything else must be clean.
 */
const KNOWN_GAPS = [
  /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
  /^Bad value “tabular-nums” for attribute “font-variant” on element “[a-z]+”\.$/,
];

interface Message {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

function validate(): Message[] {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  let output: string;
  try {
    execFileSync(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', '--also-check-css', DIST],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      },
    );
    return [];
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error('The Nu Html Checker needs Java (Debian: apt-get install -y default-jre-headless)', {
        cause: error,
      });
    output = e.stderr ?? '';
  }
  return (JSON.parse(output) as { messages: Message[] }).messages;
}

describe('the Nu Html Checker', () => {
  let messages: Message[] = [];
  beforeAll(() => {
    messages = validate();
  }, 120_000);

  it(`finds no error on any of the built pages (${builtPages().length}), but the two it does not know`, () => {
    const errors = messages
      .filter((m) => !KNOWN_GAPS.some((gap) => gap.test(m.message)))
      .map((m) => `${m.url.replace(/^.*?dist\//, '/')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });

  it('still reports the two known gaps, so the filter stays exact', () => {
    for (const gap of KNOWN_GAPS) expect(messages.some((m) => gap.test(m.message))).toBe(true);
  });
});
