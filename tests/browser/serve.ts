import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { LAUNCH_OPTIONS } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}

/**
 * Serves the built site (dist/, from `npm run build`) on a free local port for the browser tests,
 * and starts the one Chromium they all connect to (one start instead of one per file).
 */
export default async function serve(project: TestProject) {
  const assets = sirv('dist', { dev: false, etag: true });
  const server = createServer((request, response) =>
    assets(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const browser = await chromium.launchServer(LAUNCH_OPTIONS);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
