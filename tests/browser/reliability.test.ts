import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { conditionById } from '../../src/content';
import { parseHash } from '../../src/state/route';
import {
  openApp,
  panelHeading,
  SMALL_WINDOW,
  STILL,
  sharedBrowser,
  shootView,
  waitForIdle,
  waitForScene,
} from './app';
import { imageDifference, litShare } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Makes the page's WebGL context go away, as a crashed or reset graphics driver would. */
async function loseContext(page: Page) {
  await page.evaluate(() => {
    const canvas = document.querySelector('.canvas-holder canvas') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    (window as unknown as { lostContext: WEBGL_lose_context }).lostContext = extension;
    extension.loseContext();
  });
}

/** Checks the page shows what the address `#hash` asks for, as the app's own parser reads it. */
async function expectShown(page: Page, hash: string) {
  const route = parseHash(`#${hash}`);
  const presenting = () => page.locator('.app.presenting').count();
  const conditionHeading = page.locator('#condition-heading');
  if (route.kind === 'tour') {
    await expect.poll(presenting, { message: hash }).toBe(1);
    return;
  }
  await expect.poll(presenting, { message: hash }).toBe(0);
  if (route.kind === 'condition') {
    await expect
      .poll(() => conditionHeading.textContent(), { message: hash })
      .toBe(conditionById(route.id).name.en);
  } else {
    await expect.poll(() => conditionHeading.count(), { message: hash }).toBe(0);
    await expect.poll(() => page.locator('.panel h2').first().isVisible(), { message: hash }).toBe(true);
  }
}

describe('a lost WebGL context', () => {
  it('says the view is being restored, then brings it back as it was', async () => {
    const { page, errors } = await openApp(browser, '#herniated-disc', { viewport: SMALL_WINDOW });
    await waitForIdle(page);
    await page.locator('.layers-menu summary').click();
    await page.getByRole('radio', { name: 'See-through' }).first().check();
    await loseContext(page);
    await waitForScene(page, 'context-lost');
    await expect.poll(() => page.locator('.viewport').textContent()).toMatch(/Restoring the 3D view/);
    await page.evaluate(() =>
      (window as unknown as { lostContext: WEBGL_lose_context }).lostContext.restoreContext(),
    );
    await waitForScene(page, 'ready');
    await waitForIdle(page);
    expect(litShare(await shootView(page))).toBeGreaterThan(0.01);
    expect(await panelHeading(page)).toBe('Herniated disc');
    expect(page.url()).toMatch(/#herniated-disc$/);
    expect(await page.locator('input[name="layer-bones"][value="translucent"]').isChecked()).toBe(true);
    expect(errors.filter((e) => !/context lost/i.test(e))).toEqual([]);
    await page.close();
  });

  // Bone spurs, because its change is tinted as well as shaped: a rebuilt view that replayed the change
  // or lost the tint would differ from the one before by about 5% of the view.
  it('rebuilds the view when the context does not come back, with the camera where it was', async () => {
    const { page } = await openApp(browser, '#bone-spurs', { viewport: SMALL_WINDOW });
    await waitForIdle(page);
    // Turn away from the condition's own framing, so a rebuilt view that lost the camera would show.
    await page.getByRole('button', { name: 'Turn left' }).click();
    await page.getByRole('button', { name: 'Turn left' }).click();
    await page.mouse.move(2, 2);
    await waitForIdle(page);
    const before = await shootView(page);
    await loseContext(page);
    await waitForScene(page, 'context-lost');
    await waitForScene(page, 'ready', 30_000);
    await waitForIdle(page);
    const after = await shootView(page);
    expect(litShare(after)).toBeGreaterThan(0.01);
    expect(imageDifference(before, after)).toBeLessThan(0.02);
    expect(await panelHeading(page)).toMatch(/Bone spurs/);
    await page.close();
  });
});

describe('security', () => {
  it('serves a strict policy, breaks none of it, and asks nothing of other origins', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block', viewport: SMALL_WINDOW });
    const base = new URL(inject('baseURL'));
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== base.origin)
        elsewhere.push(url.href);
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(base.href);
    // The page carries the policy too, for static hosts that cannot send headers.
    const html = (await response?.text()) ?? '';
    const meta = (
      html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? ''
    ).replaceAll('&#39;', "'");
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(meta).toContain("object-src 'none'");
    expect(meta).not.toContain('unsafe-inline');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain('frame-ancestors');
    await waitForScene(page, 'ready');
    for (const name of ['Herniated disc', 'Piriformis syndrome']) {
      await page.locator('.condition-list button', { hasText: name }).click();
      await page.locator('#condition-heading', { hasText: name }).waitFor();
      await page.keyboard.press('Escape');
    }
    await waitForIdle(page);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  it('shows content as text: a hash full of markup opens the overview and runs nothing', async () => {
    const { page, errors } = await openApp(browser, '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', {
      waitReady: false,
    });
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'did not match' }).count()).toBe(1);
    expect(await page.locator('.panel img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('bad input and rough handling', () => {
  it('survives 200 random addresses without an error', async () => {
    const { page, errors } = await openApp(browser, '', {
      ...STILL,
      waitReady: false,
      viewport: SMALL_WINDOW,
    });
    const junk = [
      '',
      '#',
      '%',
      '%%',
      '<b>',
      '../../',
      'tour/999',
      'tour/-1',
      'tour/0',
      'ñ',
      '\u0000',
      'constructor',
      'x'.repeat(300),
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const pick = () => junk[Math.floor(random() * junk.length)] + String(Math.floor(random() * 1000));
    let last = '';
    for (let i = 0; i < 190; i += 1) {
      const value = encodeURIComponent(pick());
      last = random() < 0.3 ? 'herniated-disc' : value;
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, last);
      // Every so often, and at the end, the page shows what the last address asked for.
      if (i % 40 === 39) await expectShown(page, last);
    }
    await expectShown(page, last);
    for (let i = 0; i < 10; i += 1) {
      last = encodeURIComponent(pick());
      await page.goto(
        `${inject('baseURL')}?lang=${encodeURIComponent(pick())}&detail=${encodeURIComponent(pick())}&view=${encodeURIComponent(pick())}#${last}`,
      );
    }
    await waitForScene(page, 'ready');
    await expectShown(page, last);
    // A language it does not know opens the app in English.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Embedded in the clinic's page (?embed=1), the header leaves out the clinic's name.
    expect(await page.locator('.topbar .brand').isVisible()).toBe(true);
    await page.goto(`${inject('baseURL')}?embed=1#herniated-disc`);
    await expectShown(page, 'herniated-disc');
    expect(await page.locator('.topbar .brand').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays whole through a storm of window resizes', async () => {
    const { page, errors } = await openApp(browser);
    // Each new size comes 50 ms after the last, as when a window edge is dragged, long before the one
    // before has been drawn (a frame takes most of a second in software WebGL): awaiting each size would
    // let the app draw every one at leisure, which is no storm.
    const resizes: Promise<void>[] = [];
    for (let i = 0; i < 40; i += 1) {
      resizes.push(page.setViewportSize({ width: 600 + ((i * 137) % 1400), height: 400 + ((i * 91) % 700) }));
      await page.waitForTimeout(50);
    }
    await Promise.all(resizes);
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForIdle(page);
    // The drawing buffer follows the last size, not one from the middle of the storm.
    const canvas = await page.evaluate(() => {
      const element = document.querySelector('.canvas-holder canvas') as HTMLCanvasElement;
      return { drawn: element.width, shown: Math.round(element.clientWidth * window.devicePixelRatio) };
    });
    expect(canvas.shown).toBeGreaterThan(500);
    expect(canvas.drawn).toBe(canvas.shown);
    expect(litShare(await shootView(page))).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ends on the last choice after a storm of clicks during camera flights', async () => {
    const { page, errors } = await openApp(browser, '', { viewport: SMALL_WINDOW });
    const markers = page.locator('.hotspot');
    await expect.poll(() => markers.count()).toBe(6);
    let lastId = '';
    for (let i = 0; i < 30; i += 1) {
      const marker = markers.nth((i * 5) % 6);
      lastId = (await marker.getAttribute('data-condition')) ?? '';
      await marker.dispatchEvent('click');
      await page.waitForTimeout(40);
    }
    await waitForIdle(page);
    expect(page.url()).toMatch(new RegExp(`#${lastId}$`));
    expect(await page.locator(`.hotspot[data-condition="${lastId}"]`).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
