/**
 * The test harness every spec imports instead of @playwright/test. It launches the bundled Chromium and
 * guards every browser context a test opens: a request to another origin, a console error or warning, or an
 * uncaught page error fails the test, with the offending message in the failure.
 */
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './browser';

/** What a guarded context saw that it should not have. */
export interface Guard {
  problems: string[];
  /** Lets a test declare a console message it expects (e.g. a deliberate failure it provokes). */
  allowConsole(pattern: RegExp): void;
}

/** Phone layout from the brief: 360×740, touch, mobile viewport meta honoured. */
export const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Watches a context: records requests to other origins (and blocks them), console errors and warnings, page errors. */
export async function guardContext(context: BrowserContext, origin: string): Promise<Guard> {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another origin: ${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    if (allowed.some((re) => re.test(text))) return;
    const where = message.location();
    problems.push(`console ${type}: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().stack ?? error.error().message}`));
  return { problems, allowConsole: (pattern) => allowed.push(pattern) };
}

/**
 * Makes `page.goto` return once the app is live: a prerendered page shows the story before its script has
 * loaded, and a click on it before then would do nothing. Pages without JavaScript get no wait.
 */
function awaitAppOnGoto(page: Page, javaScriptEnabled = true): Page {
  if (!javaScriptEnabled) return page;
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    return response;
  };
  return page;
}

function expectClean(guard: Guard, label: string) {
  expect(guard.problems, `${label}: requests to other origins, console errors/warnings and page errors`).toEqual([]);
}

interface Fixtures {
  /** The guard of the test's default context (`page`). */
  guard: Guard;
  /**
   * A page in a fresh, guarded context made with `browser.newContext()` (what @axe-core/playwright needs,
   * and what "open the link in a new browser" means). Closed and checked when the test ends.
   */
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures, { browser: Browser }>({
  browser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  guard: async ({ context, baseURL }, use) => {
    const guard = await guardContext(context, new URL(baseURL ?? '').origin);
    await use(guard);
    expectClean(guard, 'page');
  },
  // Make `page` depend on the guard so the default context is watched before the test's first navigation.
  page: async ({ page, guard, javaScriptEnabled }, use) => {
    void guard;
    await use(awaitAppOnGoto(page, javaScriptEnabled));
  },
  openPage: async ({ browser, baseURL, locale, timezoneId, reducedMotion }, use) => {
    const opened: { context: BrowserContext; guard: Guard }[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, locale, timezoneId, reducedMotion, viewport: { width: 1280, height: 900 }, ...options });
      opened.push({ context, guard: await guardContext(context, new URL(baseURL ?? '').origin) });
      return awaitAppOnGoto(await context.newPage(), options.javaScriptEnabled);
    });
    for (const { context } of opened) await context.close();
    opened.forEach(({ guard }, i) => expectClean(guard, `opened page ${i + 1}`));
  },
});

export { expect };
