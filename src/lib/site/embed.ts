import { PARAM } from './url-params.ts';

/** The contract between the embed page and the page that hosts it. */

/** The `type` of the one message the embed sends to its host: its content height. */
export const HEIGHT_MESSAGE = 'verscheidenheid-in-kaart:hoogte';

/** The message the embed posts to its parent whenever its height changes. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** Height of the embed's content in CSS pixels. */
  height: number;
}

/** The view an embed shows, as URL parameters of /embed/. */
export interface EmbedView {
  year?: number | undefined;
  type?: string | undefined;
  municipality?: string | undefined;
}

/** The iframe snippet (with the sizing script) that shows a view on another site; `site` is the site's root URL. */
export function embedSnippet(site: string, view: EmbedView): string {
  const params = new URLSearchParams();
  if (view.year) params.set(PARAM.year, String(view.year));
  if (view.type) params.set(PARAM.type, view.type);
  if (view.municipality) params.set(PARAM.municipality, view.municipality);
  const query = params.toString();
  const root = site.replace(/\/$/, '');
  return [
    `<iframe src="${root}/embed/${query ? `?${query}` : ''}" title="Verscheidenheid in kaart: gemeenten naar type" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
    `<script src="${root}/embed.js" async></script>`,
  ].join('\n');
}

/**
 * The script a host page includes beside the iframe (/embed.js): it sets the iframe's height from
 * the embed's height message, accepting that message only from the origin the script was loaded
 * from and only for the iframe that sent it. Plain ES5, so it runs on any forum page.
 */
export function embedScript(): string {
  return `/* Verscheidenheid in kaart: with this script beside the embed's iframe, the iframe follows the height of its content. */
(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;
    if (typeof data.height !== 'number' || !(data.height > 0) || data.height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
})();
`;
}
