// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://verscheidenheidinkaart.nl',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The site is static and Dutch; no telemetry-style extras, no image service needed.
  markdown: { syntaxHighlight: false },
});
