import { sourceTitle, type Example, type SourceKey } from './example-schema.ts';
import { sitePath } from '../site/urls.ts';

/** Where an example's source can be found: its own address, or else its entry in the catalogue's list of sources. */
export function sourceHref(source: Example['source']): string {
  return source.url ?? sitePath(`/voorbeelden/#${sourceAnchor(source.document!)}`);
}

/** The id of a known document in the catalogue's list of sources. */
export const sourceAnchor = (document: SourceKey) => `bron-${document}`;

/** The documents the examples are summarized from, each with its title and how many examples it gave, most first. */
export function exampleSources(
  all: readonly Example[],
): { document: SourceKey | null; title: string; href: string; count: number }[] {
  const byTitle = new Map<string, { document: SourceKey | null; title: string; href: string; count: number }>();
  for (const { source } of all) {
    const title = sourceTitle(source);
    const entry = byTitle.get(title) ?? {
      document: source.document ?? null,
      title,
      href: sourceHref(source),
      count: 0,
    };
    entry.count += 1;
    byTitle.set(title, entry);
  }
  return [...byTitle.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'nl'));
}
