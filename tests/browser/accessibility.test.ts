import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinic } from '../../src/config/clinic';
import { conditions, overview, t } from '../../src/content';
import { openApp, SMALL_WINDOW, STILL, sharedBrowser, sharedPage, waitForIdle } from './app';
import { decodePng, litShare } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  expect(await panelPage.close()).toEqual([]);
  await browser?.close();
});

/** How many pages a PDF that Chromium printed has. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Every WCAG 2.2 AA violation axe finds, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * One page for the tests of the overview, a condition's panel and the handout, each going to what it
 * needs by link: every page costs a model load and the compile of its shaders. Printing only lays out the
 * handout (the print dialog would block the page).
 */
const panelPage = sharedPage(() => browser, '', STILL);

async function conditionPage(id: string) {
  const opened = await panelPage.open();
  await opened.page.evaluate((hash) => {
    window.print = () => undefined;
    window.location.hash = hash;
  }, id);
  await opened.page.waitForFunction((c) => window.spineViewer?.pathology[c] === 1, id, { timeout: 30_000 });
  await waitForIdle(opened.page);
  return opened;
}

/** The shared page, back on the overview with its markers, the 3D view at rest. */
async function overviewPage() {
  const opened = await panelPage.open();
  await opened.page.evaluate(() => {
    window.location.hash = '';
  });
  await expect.poll(() => opened.page.locator('#overview-heading').isVisible()).toBe(true);
  await waitForIdle(opened.page);
  return opened;
}

describe('WCAG 2.2 AA', () => {
  it('finds no violation in the overview, a condition, and the layers menu', async () => {
    const { page } = await overviewPage();
    expect(await violations(page)).toEqual([]);
    await page.locator('.condition-list button', { hasText: 'Herniated disc' }).click();
    await waitForIdle(page);
    expect(await violations(page)).toEqual([]);
    const layers = page.getByText('Layers');
    await layers.click();
    expect(await violations(page)).toEqual([]);
    await layers.click();
  });

  it('finds no violation in presenter mode, on the patient screen and in the presenter view', async () => {
    const { page } = await openApp(browser, '#tour/4', STILL);
    await page.waitForSelector('[data-testid="presenter-counter"]');
    await waitForIdle(page);
    expect(await violations(page)).toEqual([]);
    // The patient sees at most the marker of the condition being told, no others.
    expect(await page.locator('.hotspot:visible').count()).toBeLessThanOrEqual(1);
    const notes = await openApp(browser, '?view=presenter#tour/4', { ...STILL, waitReady: false });
    await notes.page.waitForSelector('[data-testid="presenter-view"]');
    expect(await violations(notes.page)).toEqual([]);
    await notes.page.close();
    await page.close();
  });
});

describe('keyboard alone', () => {
  it('skips from the first Tab straight to the explanation', async () => {
    // A page of its own, for its very first Tab; closed before its 3D view has loaded, which it does not need.
    const { page } = await openApp(browser, '', { ...STILL, waitReady: false });
    await page.getByText('Skip to the explanation').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the explanation');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details');
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('reaches a marker with Tab, opens it with Enter, and Esc returns to the overview', async () => {
    const { page } = await overviewPage();
    // Tab from the top of the page, as after a load.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let found = false;
    for (let i = 0; i < 40 && !found; i += 1) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('hotspot') ?? false);
    }
    expect(found).toBe(true);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#condition-heading').textContent()).toBe(name);
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain(name ?? '');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
  });
});

describe('reduced motion', () => {
  it('cuts to a condition instead of flying there', async () => {
    // The frames drawn on the way to the condition and back: a flight draws many, a cut one or two.
    const { page } = await openApp(browser, '', { viewport: SMALL_WINDOW });
    const count = async (reducedMotion: 'reduce' | 'no-preference') => {
      await page.emulateMedia({ reducedMotion });
      const before = await waitForIdle(page);
      await page.locator('.condition-list button', { hasText: 'Piriformis' }).click();
      await waitForIdle(page);
      await page.keyboard.press('Escape');
      const after = await waitForIdle(page);
      return after - before;
    };
    const reduced = await count('reduce');
    const normal = await count('no-preference');
    expect(reduced).toBeLessThan(normal / 2);
    await page.close();
  });
});

/** The nerves' colour key, bottom left, ends at least 4 px short of the first view button beside it. */
async function expectKeyClearOfButtons(page: Page) {
  await page.locator('.nerve-key').waitFor();
  const key = await page.locator('.nerve-key').boundingBox();
  const button = await page.locator('.view-buttons button').first().boundingBox();
  if (!key || !button) throw new Error('the nerve key or the view buttons have no box');
  expect(key.x + key.width + 4).toBeLessThanOrEqual(button.x);
}

describe('languages', () => {
  it('opens in Spanish from the link and switches at any moment, keeping the choice in the address', async () => {
    const { page } = await openApp(browser, '?lang=es#herniated-disc', STILL);
    await expect.poll(() => page.locator('#condition-heading').textContent()).toBe('Hernia de disco');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    // The longer language still leaves room for the key beside the buttons on a 1280-pixel laptop.
    await expectKeyClearOfButtons(page);
    await page.getByRole('combobox').selectOption('en');
    await expect.poll(() => page.locator('#condition-heading').textContent()).toBe('Herniated disc');
    expect(page.url()).toContain('lang=en');
    await expectKeyClearOfButtons(page);
    await page.close();
  });
});

describe('the notice that this is education, not a diagnosis', () => {
  it('stays in view below the text of a long condition page, scrolled to the top or the bottom', async () => {
    const { page } = await conditionPage('spondylolisthesis');
    const notice = page.getByTestId('disclaimer');
    const inView = async () => {
      const box = await notice.boundingBox();
      const viewport = page.viewportSize();
      return !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height;
    };
    expect(await notice.textContent()).toBe(t('disclaimer', 'en'));
    const panel = page.locator('.panel');
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await inView()).toBe(true);
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await inView()).toBe(true);
  });
});

describe('the patient handout', () => {
  it('prints the picture of the view, the text, the clinic, the notice and where to find the page again', async () => {
    const { page } = await conditionPage('bone-spurs');
    await page.getByRole('button', { name: 'Print a handout' }).click();
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect.poll(() => handout.isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await handout.locator('h1').textContent()).toMatch(/Bone spurs/);
    // The picture is the model as drawn on screen: a PNG of the 3D view's size with the light anatomy on it.
    const src = (await handout.locator('img.handout-picture').getAttribute('src')) ?? '';
    expect(src).toMatch(/^data:image\/png;base64,/);
    const picture = Buffer.from(src.split(',')[1] ?? '', 'base64');
    const canvas = await page
      .locator('.canvas-holder canvas')
      .evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    const { width, height } = decodePng(picture);
    expect({ width, height }).toEqual(canvas);
    expect(width).toBeGreaterThan(300);
    expect(litShare(picture)).toBeGreaterThan(0.02);
    const text = await handout.textContent();
    expect(text).toContain(clinic.name);
    expect(text).toContain(overview.disclaimer.en);
    expect(text).toContain(t('redFlags', 'en'));
    if (clinic.publicUrl) {
      const link = (await handout.locator('.handout-link').textContent()) ?? '';
      expect(link).toMatch(/#bone-spurs$/);
      // The QR code, read as a phone would, opens that same link.
      const qr = decodePng(await handout.locator('svg.qr').screenshot());
      expect(jsQR(new Uint8ClampedArray(qr.rgba), qr.width, qr.height)?.data).toBe(link);
    } else {
      // Without a public address a QR code would open this laptop's address, which no phone can reach.
      expect(await handout.locator('svg.qr').count()).toBe(0);
      expect(text).not.toContain(new URL(page.url()).host);
      expect(text).toContain(t('handoutAsk', 'en', { clinic: clinic.name }));
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfPages(pdf)).toBe(1);
    // Back to no emulated media: an emulated 'screen' would make page.pdf() print the screen's layout.
    await page.emulateMedia({ media: null });
  });

  it('fits every condition on one A4 page, in Spanish, the longer language', async () => {
    const { page } = await conditionPage(conditions[0].id);
    await page.getByRole('combobox').selectOption('es');
    for (const condition of conditions) {
      await page.evaluate((id) => {
        window.location.hash = id;
      }, condition.id);
      // The printed picture's size is set by the page, not by how far the animation has got.
      await page.locator('#condition-heading', { hasText: condition.name.es }).waitFor();
      await page.getByRole('button', { name: t('printHandout', 'es') }).click();
      await page.locator('.handout h1', { hasText: condition.name.es }).waitFor({ state: 'attached' });
      expect({ condition: condition.id, pages: pdfPages(await page.pdf({ format: 'A4' })) }).toEqual({
        condition: condition.id,
        pages: 1,
      });
    }
  });
});
