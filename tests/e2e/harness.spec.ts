// The harness itself: the guard every spec relies on must catch what it promises to catch.
import { expect, guardContext, test } from './support/fixtures';

test('the guard records and blocks other-origin requests, console errors and warnings, and page errors', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  // The app's own Content-Security-Policy already refuses other origins; bypass it to see the guard's route at work.
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  const guard = await guardContext(context, origin);
  guard.allowConsole(/e2e-guard: allowed/u);
  const page = await context.newPage();
  await page.goto('/');
  const fetched = await page.evaluate(async () => {
    console.log('e2e-guard: log is fine');
    console.error('e2e-guard: allowed');
    console.error('e2e-guard: error');
    console.warn('e2e-guard: warning');
    setTimeout(() => {
      throw new Error('e2e-guard: uncaught');
    }, 0);
    return fetch('https://example.com/e2e-guard').then(
      () => 'reached',
      () => 'blocked',
    );
  });
  expect(fetched).toBe('blocked');
  await expect.poll(() => guard.problems.some((p) => p.startsWith('page error: Error: e2e-guard: uncaught'))).toBe(true);
  expect(guard.problems).toEqual(
    expect.arrayContaining([
      'request to another origin: GET https://example.com/e2e-guard',
      expect.stringMatching(/^console error: e2e-guard: error/u),
      expect.stringMatching(/^console warning: e2e-guard: warning/u),
    ]),
  );
  expect(guard.problems.join('\n')).not.toMatch(/e2e-guard: (allowed|log is fine)/u);
  await context.close();
});

test('same-origin requests pass the guard untouched', async ({ page, guard, request }) => {
  await page.goto('/');
  const status = await page.evaluate(() => fetch('/data/index.json').then((r) => r.status));
  expect(status).toBe((await request.get('/data/index.json')).status());
  expect(guard.problems).toEqual([]);
});
