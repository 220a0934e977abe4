import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The size limits the code keeps to, so that each piece can be read at once: no top-level function
 * longer than 60 lines in src/ and scripts/, and no page whose frontmatter (the part between the
 * --- fences) is longer than 40 lines: logic that needs more belongs in src/lib with tests.
 */
const MAX_FUNCTION_LINES = 60;
const MAX_FRONTMATTER_LINES = 40;

const filesIn = (dir: string, ending: RegExp): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => ending.test(f)).map((f) => join(dir, f));

/** Every top-level function (declared, or an arrow or function expression bound to a const) with its length in lines. */
function functionLengths(file: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const lines = (node: ts.Node) =>
    source.getLineAndCharacterOfPosition(node.getEnd()).line -
    source.getLineAndCharacterOfPosition(node.getStart(source)).line +
    1;
  return source.statements.flatMap((statement) => {
    if (ts.isFunctionDeclaration(statement) && statement.body) {
      return [{ name: `${file}: ${statement.name?.text ?? 'default'}`, lines: lines(statement) }];
    }
    if (ts.isVariableStatement(statement)) {
      return statement.declarationList.declarations
        .filter((d) => d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
        .map((d) => ({ name: `${file}: ${d.name.getText(source)}`, lines: lines(d) }));
    }
    return [];
  });
}

/** Every top-level export of a file (a declaration, or a re-export) without a doc comment right above it. */
function undocumentedExports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const exported = (s: ts.Statement) =>
    ts.isExportDeclaration(s) ||
    (ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword));
  return source.statements
    .filter(exported)
    .filter((s) => {
      const last = ts.getLeadingCommentRanges(text, s.getFullStart())?.at(-1);
      return !last || !text.slice(last.pos, last.end).startsWith('/**');
    })
    .map((s) => `${file}:${source.getLineAndCharacterOfPosition(s.getStart(source)).line + 1}`);
}

describe('code shape', () => {
  const code = [...filesIn('src', /\.ts$/), ...filesIn('scripts', /\.ts$/)].filter((f) => !f.endsWith('.d.ts'));

  it('finds the code it measures', () => {
    expect(code.length).toBeGreaterThan(50);
  });

  it(`has no top-level function longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = code.flatMap(functionLengths).filter((f) => f.lines > MAX_FUNCTION_LINES);
    expect(long).toEqual([]);
  });

  it('says in a doc comment what every export of src/lib and scripts is', () => {
    const library = code.filter((f) => f.startsWith('src/lib') || f.startsWith('scripts'));
    expect(library.flatMap(undocumentedExports)).toEqual([]);
  });

  it(`has no page frontmatter longer than ${MAX_FRONTMATTER_LINES} lines`, () => {
    const long = filesIn('src/pages', /\.astro$/)
      .map((file) => ({
        file,
        lines: /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1]!.split('\n').length ?? 0,
      }))
      .filter((p) => p.lines > MAX_FRONTMATTER_LINES);
    expect(long).toEqual([]);
  });
});
