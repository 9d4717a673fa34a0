/** Accessibility scan with axe-core: every rule axe runs by default (WCAG 2.x A/AA and best practices). */
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The axe-core the project pins (package.json devDependencies). @axe-core/playwright 4.14 needs Node 22, so its
 * 4.13 runs here with this newer engine through an npm `overrides` entry; every scan checks that it did.
 */
export const AXE_VERSION: string = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;

/**
 * Scans the page as it is now and asserts there are no violations. The page must come from a context made
 * with `browser.newContext()` (the `openPage` fixture), which @axe-core/playwright needs.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.testEngine.version, 'the axe-core engine that ran').toBe(AXE_VERSION);
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\n/gu, ' ')).join('\n')}`,
  );
  expect(summary, `axe violations in the ${state} state`).toEqual([]);
}
