/**
 * Vite plugin: runs the ingest CLI (`src/cli/ingest.ts`) before dev and build, and again in dev whenever a seed
 * changes. The CLI runs in its own process, so NLP libraries never load into Vite, and publishes each data set in
 * one atomic swap (see publish-data.ts), so the dev server serves the previous complete set while a run is in
 * progress and the page is reloaded only once the new set is published. Runs are asynchronous and one at a time:
 * a change during a run queues one more. Dev starts at once when a complete data set is already published.
 * A seed that cannot be ingested fails the build, naming the file, unless LEDE_SKIP_BROKEN=1 is set: then it is
 * skipped with a warning and the other articles are still built.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { isSummaryLine } from './progress.ts';
import { checkDataSet, currentDataDir, hasPublishedData } from './publish-data.ts';
import { isSeedName } from './seed-names.ts';

type Options = { cli: string; seedsDir: string; dataDir: string; storeDir: string };

/**
 * What the CLI's `--report` line says: whether a new data set was published, and every line about a file; and
 * `progress`, the ingest step's summary line from its stderr (counts, rate, seconds, reused, slowest), when it said one.
 */
export type IngestReport = { published: boolean; articles: number; failed: string[]; skipped: string[]; error: string | null; progress?: string };

/** Runs the ingest CLI in a child process without blocking Vite, and reads its report. */
export function runIngest({ cli, seedsDir, dataDir, storeDir }: Options): Promise<IngestReport> {
  const args = ['--import', 'tsx', cli, '--seeds', seedsDir, '--out', dataDir, '--store', storeDir, '--report'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const failed = (error: string): IngestReport => ({ published: false, articles: 0, failed: [], skipped: [], error });
    child.on('error', (err) => resolve(failed(`cannot run the ingest CLI (${err.message})`)));
    child.on('close', (code, signal) => {
      try {
        const report = JSON.parse(stdout.trim().split('\n').pop() ?? '') as IngestReport;
        // Every step's summary line (ingest, search index), shown together in the build's output.
        const progress = stderr.split('\n').filter(isSummaryLine).join('\n');
        resolve(progress ? { ...report, progress } : report);
      } catch {
        const last = stderr.trim().split('\n').pop();
        resolve(failed(last || `the ingest CLI ended (${signal ?? `exit ${code}`}) without a report`));
      }
    });
  });
}

/**
 * Runs `task` one at a time: a request while it runs queues exactly one more run (the seeds may have changed
 * again since the running one listed them); further requests join that queued run.
 */
export function serialRunner<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const run = task().finally(() => {
      running = null;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

/** Where public/data is copied to in the build output, or null when the data is not in the public folder. */
function builtDataDir(config: ResolvedConfig, dataDir: string): string | null {
  const inPublic = path.relative(config.publicDir, dataDir);
  if (!config.publicDir || inPublic.startsWith('..') || path.isAbsolute(inPublic)) return null;
  return path.join(path.resolve(config.root, config.build.outDir), inPublic);
}

/**
 * Starts emptying the build's output folder now, as Vite would at its render step: the folder is renamed aside (one
 * step) and removed while the ingest runs. With 10,000 stories dist/ holds some 50,000 files, and Vite's own
 * emptying, one file after another once the ingest is done, took a minute of the build. Null when Vite would not
 * empty it (emptyOutDir off, or an output folder outside the project) or there is none.
 */
function emptyOutDirMeanwhile(config: ResolvedConfig): Promise<void> | null {
  const outDir = path.resolve(config.root, config.build.outDir);
  const inside = path.relative(config.root, outDir);
  if (config.build.emptyOutDir === false || (config.build.emptyOutDir !== true && (inside.startsWith('..') || path.isAbsolute(inside)))) return null;
  // In .tmp/ (ignored by git), where a build that was killed meanwhile left its own: removed too.
  const trash = path.join(config.root, '.tmp', 'old-builds');
  const aside = path.join(trash, `${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    fs.mkdirSync(trash, { recursive: true });
    fs.renameSync(outDir, aside);
  } catch {
    return null; // none yet, or it cannot be moved (another file system): Vite empties it as before
  }
  return fsp.rm(trash, { recursive: true, force: true }).catch(() => undefined);
}

/** The plugin: `cli` is src/cli/ingest.ts; `dataDir` the served link (public/data); `storeDir` where its generations live. */
export function articlesPlugin(options: Options): Plugin {
  let config: ResolvedConfig | null = null;
  let server: ViteDevServer | null = null;
  let builtFrom: string | null = null;
  const warn = (line: string) => (server ? server.config.logger.warn(line, { timestamp: true }) : console.warn(line));

  // Dev: each run logs what it skipped and, once a new set is published, reloads the page.
  const ingestForDev = serialRunner(async () => {
    const report = await runIngest(options);
    if (report.error) warn(`lede: ingest failed, still serving the previous data: ${report.error}`);
    for (const line of report.skipped) warn(`lede: ${line}`);
    for (const line of report.failed) warn(`lede: skipped ${line}`);
    if (report.published) server?.ws.send({ type: 'full-reload' });
    return report;
  });

  return {
    name: 'lede-articles',
    async config(_config, env) {
      if (env.command !== 'serve' || env.isPreview) return;
      // Wait only when there is nothing complete to serve yet, or when public/data is still a real folder from an
      // older checkout: Vite caches a listing of real public folders (not of linked ones) when it starts.
      const ready = fs.lstatSync(options.dataDir, { throwIfNoEntry: false })?.isSymbolicLink() && hasPublishedData(options.dataDir);
      const first = ingestForDev();
      if (!ready) await first;
    },
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config?.command !== 'build') return;
      const emptying = emptyOutDirMeanwhile(config);
      const report = await runIngest(options);
      await emptying;
      // The CLI's stderr is a pipe here, so it said one summary line: shown, as a long build's first step.
      if (report.progress) process.stderr.write(`${report.progress}\n`);
      if (report.error) this.error(`cannot ingest the seeds: ${report.error}`);
      for (const line of report.skipped) this.warn(line);
      for (const line of report.failed) {
        if (process.env.LEDE_SKIP_BROKEN !== '1') this.error(`cannot ingest ${line} (set LEDE_SKIP_BROKEN=1 to skip broken seeds)`);
        this.warn(`skipped ${line}`);
      }
      builtFrom = currentDataDir(options.dataDir);
    },
    // Vite copied public/ (following the data link) before writing the bundle. If public/data still points where it
    // did after our ingest, that copy is our complete set; if another ingest swapped it meanwhile, the copy may mix
    // two sets, so the set served now is copied again, until one copy is complete and unchanged.
    writeBundle() {
      if (config?.command !== 'build' || !builtFrom) return;
      const target = builtDataDir(config, options.dataDir);
      if (!target || currentDataDir(options.dataDir) === builtFrom) return;
      for (let attempt = 0; attempt < 3; attempt++) {
        const source = currentDataDir(options.dataDir);
        if (!source) break;
        try {
          fs.rmSync(target, { recursive: true, force: true });
          fs.cpSync(source, target, { recursive: true });
        } catch {
          continue; // the set was replaced and removed mid-copy
        }
        if (currentDataDir(options.dataDir) === source && checkDataSet(target).length === 0) return;
      }
      this.error(`${path.relative(config.root, options.dataDir)} kept changing during the build (another ingest was running): build again`);
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(options.seedsDir);
      const onChange = (file: string) => {
        if (path.dirname(path.resolve(file)) === path.resolve(options.seedsDir) && isSeedName(path.basename(file))) void ingestForDev();
      };
      for (const event of ['change', 'add', 'unlink'] as const) devServer.watcher.on(event, onChange);
    },
  };
}
