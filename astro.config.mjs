// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://verscheidenheidinkaart.nl',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
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
