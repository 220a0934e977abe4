/**
 * <unknown-address> on the 404 page: when the missing address looks like a municipality page, says
 * so. Either the code is not one the site knows, or only its spelling differs from the page's
 * address (lower case, no closing slash), and then it links to that page.
 */
import { askedCode } from '../lib/site/not-found.ts';
import { municipalityUrl } from '../lib/site/urls.ts';

/** Whether the site has a page at `path`; asked of the server, so the 404 page carries no list of codes. */
async function pageExists(path: string): Promise<boolean> {
  try {
    return (await fetch(path, { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

class UnknownAddress extends HTMLElement {
  async connectedCallback() {
    const asked = askedCode(location.pathname);
    if (!asked) return;
    const page = municipalityUrl(asked.code);
    const elsewhere = !asked.exact && (await pageExists(page));
    const message = this.querySelector<HTMLElement>(elsewhere ? '[data-elsewhere]' : '[data-unknown]')!;
    for (const slot of message.querySelectorAll('[data-code]')) slot.textContent = asked.code;
    const link = message.querySelector('a');
    if (link) {
      link.href = page;
      link.textContent = page;
    }
    message.hidden = false;
  }
}

customElements.define('unknown-address', UnknownAddress);
