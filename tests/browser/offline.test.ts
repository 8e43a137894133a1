import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { panelHeading, SMALL_WINDOW, sharedBrowser, waitForScene } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('opens and works with the network off after one visit', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: SMALL_WINDOW });
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await waitForScene(page, 'ready');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await waitForScene(page, 'ready');
    await page.locator('.condition-list button', { hasText: 'Herniated disc' }).click();
    await expect.poll(() => panelHeading(page)).toBe('Herniated disc');
    await context.close();
  });

  it('offers a new version once it has arrived, waits when told later, and loads it when asked', async () => {
    // A copy of the build on a server of its own, so that a new version can be published to it.
    const root = mkdtempSync(join(tmpdir(), 'spine-update-'));
    cpSync('dist', root, { recursive: true });
    const server = await preview({
      build: { outDir: root },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
      logLevel: 'error',
    });
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: SMALL_WINDOW });
    try {
      const page = await context.newPage();
      const prompt = page.locator('.update-prompt');
      await page.goto(server.resolvedUrls?.local[0] ?? '');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.locator('#overview-heading').waitFor();
      expect(await prompt.count()).toBe(0);

      // The clinic's server gets a new version; the next visit finds it and asks first.
      appendFileSync(join(root, 'sw.js'), '\n// a new version\n');
      await page.reload();
      await expect
        .poll(() => prompt.textContent(), { timeout: 30_000 })
        .toContain('A new version of this app is ready.');
      await page.getByRole('button', { name: 'Later' }).click();
      expect(await prompt.count()).toBe(0);
      const waiting = () =>
        page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
      expect(await waiting()).toBe(true);

      // Yes: the new version takes over and the page reloads into it, with nothing left to offer.
      await page.reload();
      await prompt.getByRole('button', { name: 'Load it now' }).click({ timeout: 30_000 });
      await expect.poll(waiting, { timeout: 30_000 }).toBe(false);
      await page.locator('#overview-heading').waitFor();
      expect(await prompt.count()).toBe(0);
    } finally {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
