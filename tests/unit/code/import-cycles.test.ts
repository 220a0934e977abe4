import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No two modules of src/ and scripts/ import each other, directly or through others (type-only
 * imports count too): every folder can then be read from its dependencies up. Imports are read
 * with TypeScript's own scanner.
 */
const filesIn = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => normalize(join(dir, f)));

/** The project's own modules a file imports, as paths. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => normalize(join(dirname(file), name)));
}

/** The import circles of a graph: its strongly connected parts of more than one module, or one that imports itself (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const part: string[] = [];
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      part.push(top);
      if (top === node) break;
    }
    if (part.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(part.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it.each([
    ['a line', { a: ['b'], b: ['c'], c: [] }, []],
    ['two that import each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a longer circle', { a: ['b'], b: ['c'], c: ['a'], d: ['a'] }, [['a', 'b', 'c']]],
    ['a module that imports itself', { a: ['a'] }, [['a']]],
  ])('finds the circles in %s', (_, edges, expected) => {
    expect(circles(new Map(Object.entries(edges)))).toEqual(expected);
  });

  it('go one way in src/ and scripts/: no import circle', () => {
    const files = [...filesIn('src'), ...filesIn('scripts')].filter((f) => !f.startsWith(normalize('src/data')));
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(graph.size).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });
});
