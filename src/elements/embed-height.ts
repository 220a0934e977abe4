/**
 * Inside the embed: tells the host page the content height whenever it changes, with the
 * documented message ({ type: 'verscheidenheid-in-kaart:hoogte', height }). It listens to nothing.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../lib/site/embed.ts';

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret, and the host's origin is not known in advance.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height } satisfies HeightMessage, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
