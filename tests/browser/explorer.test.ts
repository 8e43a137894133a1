import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConditionId, conditions } from '../../src/content';
import { openApp, sharedBrowser, shootView, waitForIdle } from './app';
import { glowShare, imageDifference } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.locator('#condition-heading').textContent({ timeout: 10_000 });
const hash = (page: Page) => new URL(page.url()).hash;
const stageOf = (page: Page, id: ConditionId) =>
  page.evaluate((c) => window.spineViewer?.pathology[c] ?? 0, id);

/** Waits for the condition's text, its address, and its pathology at the fully affected stage. */
async function expectOpen(page: Page, id: ConditionId, name: string) {
  await expect.poll(() => heading(page)).toBe(name);
  expect(hash(page)).toBe(`#${id}`);
  await expect.poll(() => stageOf(page, id), { timeout: 15_000 }).toBe(1);
  await waitForIdle(page);
}

/** Where the condition's spot is on the screen now, from the scene's own projection. */
async function spotOf(page: Page, id: ConditionId) {
  const marker = await page.evaluate((c) => window.spineViewer?.markers().find((m) => m.id === c), id);
  if (!marker) throw new Error(`No marker for ${id}`);
  return { x: marker.anchorX, y: marker.anchorY, onScreen: marker.onScreen };
}

describe('choosing a cause of nerve pain', () => {
  it('opens each condition from its marker, and the model changes where the structure is', async () => {
    const { page, errors } = await openApp(browser);
    for (const condition of conditions) {
      await page.getByRole('button', { name: 'Reset view' }).click();
      await waitForIdle(page);
      await page.locator(`.hotspot[data-condition="${condition.id}"]`).click();
      await expectOpen(page, condition.id, condition.name.en);

      // The camera framed the spot, and its structure looks different healthy and affected.
      const spot = await spotOf(page, condition.id);
      expect(spot.onScreen).toBe(true);
      await page.mouse.move(2, 2);
      const affected = await shootView(page);
      // The pressed nerve glows.
      expect(glowShare(affected), condition.id).toBeGreaterThan(0.002);
      const slider = page.getByRole('slider', { name: 'Change from healthy to affected' });
      await slider.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => stageOf(page, condition.id), { timeout: 15_000 }).toBe(0);
      await waitForIdle(page);
      const healthy = await shootView(page);
      const around = { x: spot.x - 80, y: spot.y - 80, w: 160, h: 160 };
      expect(imageDifference(affected, healthy, around), condition.id).toBeGreaterThan(0.01);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('opens each condition from the list by keyboard, and Esc returns to the list', async () => {
    const { page } = await openApp(browser);
    for (const condition of conditions) {
      const item = page.locator('.condition-list button', { hasText: condition.name.en });
      await item.focus();
      await page.keyboard.press('Enter');
      await expectOpen(page, condition.id, condition.name.en);
      // Focus moves to the heading, so a screen reader reads the condition next.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('condition-heading');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    }
    await page.close();
  }, 240_000);

  it('opens each condition from a link, and moves back and forward between choices', async () => {
    for (const condition of conditions) {
      const { page } = await openApp(browser, `#${condition.id}`);
      await expectOpen(page, condition.id, condition.name.en);
      await page.close();
    }
    const [first, second] = conditions;
    const { page } = await openApp(browser);
    await page.locator('.condition-list button', { hasText: first.name.en }).click();
    await expectOpen(page, first.id, first.name.en);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('.condition-list button', { hasText: second.name.en }).click();
    await expectOpen(page, second.id, second.name.en);
    await page.goBack();
    await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    await page.goBack();
    await expectOpen(page, first.id, first.name.en);
    await page.goForward();
    await page.goForward();
    await expectOpen(page, second.id, second.name.en);
    await page.close();
  }, 240_000);

  it('opens the overview with a gentle notice for an unknown condition', async () => {
    const { page, errors } = await openApp(browser, '#slipped-rib');
    await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/did not match a topic/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
