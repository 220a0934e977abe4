// @ts-check
import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { DEFAULT_SITE_URL } from './src/lib/site/site.ts';

/**
 * public/_headers names paths from the site's root; under a base path its rules must name
 * /verscheidenheid/* and /verscheidenheid/embed/* instead, or they would match nothing.
 * @returns {import('astro').AstroIntegration}
 */
function headersUnderBase() {
  let base = '/';
  return {
    name: 'headers-under-base',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir }) => {
        if (base === '/') return;
        const file = new URL('_headers', dir);
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace(/^\/(?=\S)/gm, base));
      },
    },
  };
}

// Where the site is published: SITE_URL is the origin (https://example.org), BASE_PATH the folder
// on it (/verscheidenheid/); every link, asset, data file and the embed follow both.
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Pages render four at a time: the preview cards spend most of their time in sharp, which works
  // off the main thread, so a 2-core machine builds them about twice as fast.
  // Stylesheets as files, never inline: they are cached from page to page, and the CSP meta tag,
  // which lists a hash for every inline style of the whole site, stays short on every page.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  integrations: [headersUnderBase()],
  // src/lib/site/urls.ts reads the base path from here: import.meta.env.BASE_URL would be overridden by
  // a BASE_URL variable in the environment (as some CI systems and test runners set).
  vite: { define: { __BASE_PATH__: JSON.stringify(base) } },
  security: {
    // A Content-Security-Policy meta tag on every page: scripts and styles only from this site or
    // with a hash Astro computes for its own inline ones; no third-party origins at all.
    // frame-ancestors cannot be set in a meta tag; public/_headers sets it per path.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
