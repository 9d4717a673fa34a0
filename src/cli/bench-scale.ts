/**
 * `npm run bench:scale [-- N]` (default 10,000): the collection at scale, long, so never part of `npm run bench`.
 * Writes N stories (the seeds and ../shared corpus articles under new names, tests/e2e/support/make-collection.ts)
 * into .tmp/scale-seeds/, then prints: a cold `npm run build` (ingest cache emptied) with its wall time, the peak
 * memory of its process tree and the figures of each step; an incremental ingest after editing one seed; and an
 * incremental `npm run build`. Builds into dist/ and publishes public/data, as `npm run build` does.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from './ingest-cache';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.join(root, '.tmp', 'scale-seeds');
/** public/data's generation store, where the cache lives (ingest.ts's DATA_STORE_DIR; importing ingest.ts would run it). */
const DATA_STORE_DIR = path.join(root, '.tmp', 'data');
const MB = 1024 * 1024;

/**
 * Resident memory of `pid` and every process under it, in bytes, from one `ps` listing (Linux, macOS), and each
 * process's share (its command, shortened), biggest first.
 */
function treeRss(pid: number): { bytes: number; processes: { command: string; bytes: number }[] } {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/u.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ pid: Number(m[1]), parent: Number(m[2]), bytes: Number(m[3]) * 1024, command: m[4]!.slice(0, 90) }));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) if (tree.has(row.parent) && !tree.has(row.pid)) grew = tree.add(row.pid).size > 0;
  }
  const processes = rows.filter((r) => tree.has(r.pid)).sort((a, b) => b.bytes - a.bytes);
  return { bytes: processes.reduce((sum, r) => sum + r.bytes, 0), processes };
}

/** A run: wall time, the process tree's peak memory and what made it up at that moment, its output and exit code. */
type Run = { seconds: number; peakBytes: number; peakProcesses: { command: string; bytes: number }[]; output: string; code: number | null };

/** Runs a command to the end, sampling its process tree's memory twice a second; its output (both streams) is kept. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  let peakBytes = 0;
  let peakProcesses: Run['peakProcesses'] = [];
  const sample = setInterval(() => {
    try {
      const now = treeRss(child.pid!);
      if (now.bytes > peakBytes) ({ bytes: peakBytes, processes: peakProcesses } = now);
    } catch {
      // The tree ended between two samples.
    }
  }, 500);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, peakProcesses, output, code });
    }),
  );
}

/** The lines of a build's output that give a step's figures: the progress summaries, Vite's bundle time, the prerender total. */
const stepLines = (output: string) => output.split('\n').filter((line) => /^(?:[\w ]+: \d+ done in |✓ built in |prerendered |ingested )/u.test(line));

function report(name: string, run: Run): void {
  console.log(`${name}: ${run.seconds.toFixed(1)} s wall, peak RSS of the process tree ${(run.peakBytes / MB).toFixed(0)} MB${run.code ? `, exit ${run.code}` : ''}`);
  const biggest = run.peakProcesses.filter((p) => p.bytes >= 50 * MB);
  if (biggest.length) console.log(`  at the peak: ${biggest.map((p) => `${(p.bytes / MB).toFixed(0)} MB ${p.command}`).join('; ')}`);
  for (const line of stepLines(run.output)) console.log(`  ${line}`);
}

async function main(stories: number): Promise<void> {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'tests/e2e/support/make-collection.ts'), '--stories', String(stories)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const env = { LEDE_SEEDS_DIR: SEEDS };
  fs.rmSync(cacheDirFor(DATA_STORE_DIR), { recursive: true, force: true });
  report(`cold npm run build, ${stories} stories`, await timed('npm', ['run', 'build'], env));

  // One seed edited: a line added to its end, as a correction would.
  const edited = path.join(SEEDS, fs.readdirSync(SEEDS).sort()[Math.floor(stories / 2)]!);
  fs.appendFileSync(edited, '\nThis story was updated.\n');
  report(`incremental ingest after editing ${path.basename(edited)}`, await timed(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/ingest.ts'), '--seeds', SEEDS], {}));
  report('incremental npm run build (nothing changed since)', await timed('npm', ['run', 'build'], env));
}

await main(Number(process.argv[2] ?? 10_000));
