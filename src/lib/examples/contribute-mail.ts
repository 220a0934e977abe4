import { SUMMARY_WORDS, THEMES_PER_EXAMPLE } from './example-schema.ts';
import { numberWord } from '../words/words.ts';

/**
 * Offering a practice example by e-mail, for those without a GitHub account: a message that is
 * already laid out with what the issue form asks, so an editor gets the same fields either way.
 */

/** One thing an offered example needs: the form's label and, where it helps, what to write. */
export interface MailField {
  label: string;
  hint?: string;
}

/** The fields of the issue form "Praktijkvoorbeeld aandragen", in its order and with its labels. */
export const EXAMPLE_FIELDS: readonly MailField[] = [
  { label: 'Titel', hint: 'wat de gemeente doet, in één zin' },
  { label: 'Gemeente(n)', hint: 'naam of CBS-code' },
  {
    label: "Thema's",
    hint: `${numberWord(THEMES_PER_EXAMPLE.min)} tot ${numberWord(THEMES_PER_EXAMPLE.max)}; laat staan wat past`,
  },
  { label: 'Jaar of jaren' },
  {
    label: 'Samenvatting',
    hint: `${SUMMARY_WORDS.min} tot ${SUMMARY_WORDS.max} woorden: de aanleiding, wat de gemeente deed, wat het opleverde`,
  },
  { label: 'Maatregelen', hint: 'één per regel' },
  { label: 'Bron', hint: 'titel van het openbare document' },
  { label: 'Adres van de bron' },
  { label: 'Onderdeel van de bron', hint: 'hoofdstuk, paragraaf of pagina' },
];

/**
 * A mailto: URL with subject and body, encoded as RFC 6068 asks: UTF-8 percent-encoding, spaces
 * as %20 (not "+", which mail programs would show), every line break as %0D%0A.
 */
export function mailtoUrl(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** The message's text: every field with its hint, the themes to choose from, the municipality filled in if known. */
export function exampleMailBody(themes: readonly string[], municipality?: string): string {
  const blocks = EXAMPLE_FIELDS.map(({ label, hint }) => {
    const head = `${label}${hint ? ` (${hint})` : ''}:`;
    if (label === 'Gemeente(n)' && municipality) return `${head} ${municipality}`;
    if (label === "Thema's") return [head, ...themes.map((t) => `- ${t}`)].join('\n');
    return head;
  });
  return ['Vermeld alleen wat in de bron staat.', ...blocks].join('\n\n');
}

/** The whole e-mail route: address, subject with the municipality if known, and the laid-out body. */
export function contributeMailto(address: string, themes: readonly string[], municipality?: string): string {
  const subject = municipality ? `Praktijkvoorbeeld: ${municipality}` : 'Praktijkvoorbeeld';
  return mailtoUrl(address, subject, exampleMailBody(themes, municipality));
}
