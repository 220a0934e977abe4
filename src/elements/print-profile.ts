/**
 * <print-profile>: the "Profiel afdrukken" button of a municipality page. It puts the day of
 * printing in the printed header, and before printing loads every shown practice example's whole
 * summary into its card (the page carries only the first sentence of each, to stay light).
 * Printing from the browser's own menu prints the date too, and the whole summaries once the
 * button has loaded them.
 */
// Today in the reader's own calendar and time zone, as the site writes dates ("7 december 2026").
const today = () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format();

class PrintProfile extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    button.hidden = false;
    const date = () => {
      for (const place of document.querySelectorAll('[data-print-date]')) place.textContent = ` op ${today()}`;
    };
    date();
    // The page may stay open past midnight.
    addEventListener('beforeprint', date);
    button.addEventListener('click', () => void this.print());
  }

  /** Loads the whole summaries into the cards, then prints. */
  private async print() {
    // Summaries by the address of their example's page; offline the cards keep their first sentence.
    const summaries = (await fetch(this.dataset['summaries']!)
      .then((response) => response.json())
      .catch(() => ({}))) as Record<string, string>;
    for (const card of document.querySelectorAll('.example-card:not(:has(.card-summary))')) {
      const summary = summaries[card.querySelector('a')!.getAttribute('href')!];
      if (!summary) continue;
      const place = document.createElement('p');
      place.className = 'print-only card-summary';
      place.textContent = summary;
      card.querySelector('.teaser')!.after(place);
    }
    this.setAttribute('data-loaded', '');
    print();
  }
}

customElements.define('print-profile', PrintProfile);
