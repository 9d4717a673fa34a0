/** Playwright reporter that ends the run with each skipped test and why, grouped by reason (list/line do not say why). */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonsReporter implements Reporter {
  private readonly byReason = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description || 'no reason given';
    const titles = this.byReason.get(reason) ?? [];
    titles.push(test.titlePath().filter(Boolean).slice(1).join(' › '));
    this.byReason.set(reason, titles);
  }

  onEnd(): void {
    for (const [reason, titles] of this.byReason) {
      process.stdout.write(`\n${titles.length} skipped: ${reason}\n${titles.map((t) => `  - ${t}\n`).join('')}`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
