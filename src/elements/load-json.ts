/**
 * Loading the site's own data files in the browser, so that a widget never dies without a word:
 * an error status counts as a failure, the failure is shown in the page in Dutch with a button
 * that tries again, and the widget gets its data once a try succeeds.
 */

/** Fetches a JSON file; a network failure or an error status rejects. */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Shows in `host` that `what` could not be loaded, with a button to try again; resolves (and
 * removes the message) when the reader presses it.
 */
export function reportLoadFailure(host: Element, what: string): Promise<void> {
  const box = document.createElement('div');
  box.className = 'load-problem';
  box.setAttribute('role', 'alert');
  const text = box.appendChild(document.createElement('p'));
  text.textContent = `${what} kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.`;
  const button = box.appendChild(document.createElement('button'));
  button.type = 'button';
  button.textContent = 'Opnieuw proberen';
  host.append(box);
  return new Promise((resolve) =>
    button.addEventListener('click', () => {
      box.remove();
      resolve();
    }),
  );
}

/** Loads a JSON file, and after a failure asks the reader (in `host`) to try again, until it succeeds. */
export async function loadJson<T>(url: string, host: Element, what: string): Promise<T> {
  for (;;) {
    try {
      return await fetchJson<T>(url);
    } catch {
      await reportLoadFailure(host, what);
    }
  }
}
