/**
 * End-to-end tests against the real production build served by `vite preview`, driven by the Chromium shipped
 * in @sparticuz/chromium (see tests/e2e/support/browser.ts). `npm run test:e2e` runs them.
 */
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.LEDE_E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${PORT}`;

// LEDE_E2E_JSON (set by .ci/run) adds a machine-readable report beside the human one.
const jsonReport = process.env.LEDE_E2E_JSON;
const reporter: ReporterDescription[] = [[CI ? 'line' : 'list'], ['./tests/e2e/support/skip-reasons-reporter.ts']];
if (jsonReport) reporter.push(['json', { outputFile: jsonReport }]);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter,
  use: {
    baseURL,
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Each test gets its own context; these keep runs reproducible on any machine.
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    // The build serves a collection of 270+ stories: the seeds and copies of the ../shared corpus under new names. Its
    // search index is cut into shards of 90 stories (a big collection's are 2,500), so the tests search merged shards,
    // and a page of 20 can span two of them.
    command: `npx tsx tests/e2e/support/make-collection.ts && LEDE_SEEDS_DIR=.tmp/e2e-seeds LEDE_SEARCH_SHARD_STORIES=90 npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
