/**
 * Presentation mode: a module run through by keyboard (arrows, space, Page Up/Down, Home/End,
 * B), the slide number in the URL, type sizes at the two projector resolutions with no slide
 * overflowing, and the presenter view kept in step with the audience window.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site';

const deck = '/en/present/m06-spin/';

async function visibleSlide(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-slide]')].findIndex((slide) => !slide.hidden),
  );
}

test('a module runs through by keyboard, and the URL keeps the slide', async ({ page }) => {
  await page.goto(deck);
  const count = await page.locator('[data-slide]').count();
  expect(count).toBeGreaterThan(5);
  await expect(page.locator('[data-counter]')).toHaveText(`1 / ${count}`);
  expect(await visibleSlide(page)).toBe(0);

  const steps: [string, number][] = [
    ['ArrowRight', 1],
    ['PageDown', 2],
    [' ', 3],
    ['ArrowLeft', 2],
    ['PageUp', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
    ['End', count - 1],
    ['ArrowRight', count - 1],
    ['Home', 0],
    ['ArrowLeft', 0],
  ];
  for (const [key, expected] of steps) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    expect(await visibleSlide(page), `after ${key}`).toBe(expected);
    await expect(page).toHaveURL(new RegExp(`#${expected + 1}$`));
    await expect(page.locator('[data-counter]')).toHaveText(`${expected + 1} / ${count}`);
  }

  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toBeHidden();

  await page.goto(`${deck}#4`);
  await page.reload();
  expect(await visibleSlide(page)).toBe(3);
  await page.goto(`${deck}?slide=5`);
  expect(await visibleSlide(page)).toBe(4);
  await expect(page).toHaveURL(new RegExp(`${deck}#5$`));
  await page.goto(`${deck}#999`);
  expect(await visibleSlide(page)).toBe(count - 1);
});

for (const viewport of [
  { width: 1920, height: 1080, minPx: 30 },
  { width: 1280, height: 720, minPx: 20 },
]) {
  test(`every slide fits a ${viewport.width}×${viewport.height} screen in big type`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const decks = builtPages().filter((path) => /\/present\/m\d{2}-[^/]+\/$/.test(path));
    expect(decks.length).toBe(16);
    const overflowing: string[] = [];
    for (const path of decks) {
      await page.goto(path);
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(body, path).toBeGreaterThanOrEqual(viewport.minPx);
      const count = await page.locator('[data-slide]').count();
      for (let n = 0; n < count; n++) {
        // How far the slide's content reaches below the space above the control bar.
        const overflow = await page.evaluate((index) => {
          const slide = document.querySelectorAll<HTMLElement>('[data-slide]')[index];
          const bar = document.querySelector<HTMLElement>('.controls');
          if (!slide || !bar) return 0;
          const bottom = Math.max(
            ...[...slide.children].map((child) => child.getBoundingClientRect().bottom),
          );
          return Math.round(bottom - (window.innerHeight - bar.offsetHeight));
        }, n);
        if (overflow > 2) overflowing.push(`${path}#${n + 1} (+${overflow}px)`);
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(overflowing).toEqual([]);
  });
}

test('the presenter view and the audience window follow each other', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(deck);
  const count = await audience.locator('[data-slide]').count();
  const presenter = await context.newPage();
  await presenter.goto(`${deck}presenter/`);
  await expect(presenter.locator('[data-counter]')).toHaveText(`1 / ${count}`);

  await presenter.keyboard.press('ArrowRight');
  await expect(audience).toHaveURL(/#2$/);
  expect(await visibleSlide(audience)).toBe(1);

  await audience.keyboard.press('ArrowRight');
  await expect(presenter.locator('[data-counter]')).toHaveText(`3 / ${count}`);
  await expect(presenter).toHaveURL(/#3$/);
  // The previews show the current and the next slide.
  await expect(presenter.locator('[data-stage="current"] > .slide')).toHaveAttribute(
    'aria-label',
    `3 / ${count}`,
  );
  await expect(presenter.locator('[data-stage="next"] > .slide')).toHaveAttribute(
    'aria-label',
    `4 / ${count}`,
  );
  const title = await audience.locator('[data-slide]:not([hidden]) h2').textContent();
  await expect(presenter.locator('[data-stage="current"] h2')).toHaveText(title ?? '');

  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(audience).toHaveURL(/#4$/);
  await presenter.keyboard.press('b');
  await expect(audience.locator('[data-blank]')).toBeVisible();

  // The timer counts against the chosen agenda slot.
  await expect(presenter.locator('[data-remaining]')).not.toHaveText('0:00');
  await presenter.getByRole('button', { name: 'Start' }).click();
  await expect(presenter.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(presenter.locator('[data-elapsed]')).toHaveText(/^0:0[1-9]$/, { timeout: 5000 });
});
