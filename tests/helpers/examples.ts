import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The folder with one Markdown file per practice example. */
export const EXAMPLES_DIR = 'src/content/voorbeelden';

/** Every example file's name and parsed frontmatter. */
export function exampleFiles(): { file: string; data: Record<string, unknown> }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${EXAMPLES_DIR}/${file}`, 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { file, data: parse(frontmatter) as Record<string, unknown> };
    });
}
