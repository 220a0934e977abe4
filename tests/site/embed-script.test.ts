import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedScript, HEIGHT_MESSAGE } from '../../src/lib/site/embed.ts';

describe('/embed.js, the sizing script for host pages', () => {
  const built = readFileSync('dist/embed.js', 'utf8');

  it('is built from the same contract as the embed page, and stays under 1 kB', () => {
    expect(built).toBe(embedScript());
    expect(built).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(Buffer.byteLength(built)).toBeLessThan(1024);
  });
});
