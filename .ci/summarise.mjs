// Reads the step log and the Vitest and Playwright JSON reports written by .ci/run (Playwright's own output
// lists skipped tests with their reasons) and ends with the one line CI reads: "N passed, N failed[, N skipped]". Exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const dir = process.argv[2] ?? '.ci/reports';
const read = (file) => (existsSync(path.join(dir, file)) ? JSON.parse(readFileSync(path.join(dir, file), 'utf8')) : null);
const steps = readFileSync(path.join(dir, 'steps.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [name, rc, seconds] = line.split('\t');
    return { name, rc: Number(rc), seconds: Number(seconds) };
  });
const print = (line) => process.stdout.write(`${line}\n`);
const notes = [];
/** Failures each runner's report accounts for, to tell a failing step with a report from one without. */
const reportedFailures = new Map();
let passed = 0;
let failed = 0;
let skipped = 0;

// Vitest (Jest-compatible JSON).
const vitest = read('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitest.success && vitest.numFailedTests === 0) {
    failed += 1;
    notes.push('vitest: failed without a failing test (a file that did not load?)');
  }
  reportedFailures.set('test:unit', vitest.success ? vitest.numFailedTests : Math.max(1, vitest.numFailedTests));
}

// Playwright.
const playwright = read('playwright.json');
if (playwright) {
  const { expected, unexpected, flaky, skipped: pwSkipped } = playwright.stats;
  passed += expected + flaky;
  failed += unexpected;
  skipped += pwSkipped;
  const errors = playwright.errors ?? [];
  for (const error of errors) {
    failed += 1;
    notes.push(`playwright: ${String(error.message ?? error).split('\n')[0]}`);
  }
  reportedFailures.set('test:e2e', unexpected + errors.length);
}

// Steps that failed without a report of their own count once each.
for (const step of steps) {
  if (step.rc === 0) continue;
  const reported = reportedFailures.get(step.name);
  if (reported === undefined) {
    failed += 1;
    notes.push(`${step.name}: exit ${step.rc} (no test report)`);
  } else if (reported === 0) {
    failed += 1;
    notes.push(`${step.name}: exit ${step.rc} although its report shows no failure`);
  }
}

print(steps.map((s) => `${s.name} ${s.rc === 0 ? 'ok' : `FAILED (exit ${s.rc})`} ${s.seconds}s`).join(' · '));
for (const note of notes) print(note);
print(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
