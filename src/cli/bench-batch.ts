/**
 * `npx tsx src/cli/bench-batch.ts [COPIES]`: prints figures for the batch ingest CLI (no assertions): the
 * ../shared corpus copied COPIES times (default 5) into a temp seeds folder, ingested and published by the CLI in
 * a fresh process, once with one worker and once with one per core; wall time (cold start included), articles per
 * second and the process's peak RSS (worker threads included).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const cli = path.join(root, 'src', 'cli', 'ingest.ts');
const copies = Number(process.argv[2] ?? 5);

if (!fs.existsSync(corpusDir)) {
  console.log(`corpus not found at ${corpusDir}`);
  process.exit(0);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-batch-'));
const seeds = path.join(tmp, 'seeds');
fs.mkdirSync(seeds);
const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
for (let c = 0; c < copies; c++) for (const f of files) fs.copyFileSync(path.join(corpusDir, f), path.join(seeds, `${c}-${f}`));
const n = files.length * copies;

// Runs the CLI module in the child and reports that process's own peak RSS when it exits.
const runner = `process.argv.splice(1, Infinity, 'ingest', '--seeds', ${JSON.stringify(seeds)}, '--out', ${JSON.stringify(path.join(tmp, 'out'))});
  process.on('exit', () => process.stdout.write(String(process.resourceUsage().maxRSS)));
  await import(${JSON.stringify(cli)});`;

console.log(`batch ingest of ${n} articles, ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
for (const workers of [1, os.availableParallelism()]) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', runner], { encoding: 'utf8', cwd: root, env: { ...process.env, LEDE_INGEST_WORKERS: String(workers) } });
  const secs = (performance.now() - started) / 1000;
  console.log(`  ${workers} worker(s): ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} articles/s, peak RSS ${(Number(r.stdout) / 1024).toFixed(0)} MB${r.status ? ` (exit ${r.status}: ${r.stderr.trim().split('\n').at(-1)})` : ''}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
