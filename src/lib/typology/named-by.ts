/**
 * Who names a municipality as an example of a type. The reference list comes from the VNG
 * portfolio; the portfolio's closing part, "WRR – Typologieën van gemeenten", gives the WRR's own
 * descriptions and examples (the portfolio says they come from the WRR's publication), so a
 * municipality named there is named by the WRR. Every other one only the portfolio names.
 */
export const NAMED_BY = ['wrr', 'vng'] as const;

/** Who names a municipality: the WRR or the VNG portfolio. */
export type NamedBy = (typeof NAMED_BY)[number];

/** How the site says who names a type, and how it marks one in a compact list. */
export const NAMED_BY_WORDS: Record<NamedBy, { badge: string; name: string; short: string; mark: string }> = {
  wrr: { badge: 'genoemd door de WRR', name: 'de WRR', short: 'WRR', mark: ' (WRR)' },
  vng: { badge: 'genoemd in het VNG-portfolio', name: 'het VNG-portfolio', short: 'VNG-portfolio', mark: ' (VNG)' },
};

/** How the site says that a type follows from its own rules. */
export const DERIVED_WORDS = 'afgeleid met de regels van deze site';

/** The part of the VNG portfolio that gives the WRR's own typology, as the reference list's mentions name it. */
export const WRR_PART = 'Slotdeel "WRR – Typologieën van gemeenten"';

/** Where a shown type comes from: the WRR, the VNG portfolio, or this site's rules. */
export type TypeSource = NamedBy | 'afgeleid';

/** The source of a typing's shown type. */
export function sourceOf(typing: { namedBy: NamedBy | null }): TypeSource {
  return typing.namedBy ?? 'afgeleid';
}

/** A type's source in words: "genoemd door de WRR", "genoemd in het VNG-portfolio", "afgeleid met de regels van deze site". */
export function sourceWords(source: TypeSource): string {
  return source === 'afgeleid' ? DERIVED_WORDS : NAMED_BY_WORDS[source].badge;
}

/** A type's source as a short badge: "genoemd door de WRR", "genoemd in het VNG-portfolio", "afgeleid". */
export function sourceBadge(source: TypeSource): string {
  return source === 'afgeleid' ? 'afgeleid' : NAMED_BY_WORDS[source].badge;
}
