/**
 * Helpers of the reliability suites: run the ingest CLI as a user would (a child process), generate seed folders,
 * and read back a published data set as a comparable snapshot after checking it is complete and valid.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { validateArticle, validateArticleIndex } from '../../../src/contract/article';
import { cacheDirFor } from '../../../src/cli/ingest-cache';
import { checkDataSet } from '../../../src/cli/publish-data';

export const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'src/cli/ingest.ts');
export const seedText = fs.readFileSync(path.join(root, 'seeds/000_3979cacfdab927d0.txt'), 'utf8');

export type CliResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Runs the CLI to the end. The kill timeout only keeps a regression (a hang) from stalling the suite forever. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env }, timeout: 120_000, killSignal: 'SIGKILL' });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting, for kill and concurrency tests. */
export function startCli(args: string[]): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** A short article that ingests in a few milliseconds; `version` changes its words, so two versions publish different sets. */
export function smallArticle(n: number, version: string): string {
  return [
    `Council Number ${n} Approves the ${version} Budget Plan`,
    '',
    `The council of district ${n} approved the ${version} budget on Tuesday after a long debate.`,
    '',
    `Members said the plan for district ${n} would fund schools, roads and the library.`,
  ].join('\n');
}

/** Writes `count` small seeds (`seed-000.txt` …) of one version into `dir`, replacing what is there. */
export function writeSmallSeeds(dir: string, count: number, version: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) fs.writeFileSync(path.join(dir, `seed-${String(n).padStart(3, '0')}.txt`), smallArticle(n, version));
}

/**
 * The data set published at `out`, checked: complete (every index entry has its file holding that id, no extra
 * files), valid against the contract, ids unique. Returns a digest of every byte, to compare with other sets.
 * Reads the generation the link points to once, so a run publishing meanwhile cannot mix two sets in one read.
 */
export function publishedSet(out: string): { ids: string[]; digest: string; problems: string[] } {
  const dir = fs.realpathSync(out);
  const problems = checkDataSet(dir);
  const index = validateArticleIndex(JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')));
  if (!index.ok) return { ids: [], digest: '', problems: [...problems, ...index.errors] };
  const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'index.json')));
  for (const { id } of index.value.articles) {
    const file = path.join(dir, 'articles', `${id}.json`);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    const article = validateArticle(JSON.parse(bytes.toString('utf8')));
    if (!article.ok) problems.push(`${id}: ${article.errors.join('; ')}`);
    hash.update(bytes);
  }
  return { ids: index.value.articles.map((a) => a.id), digest: hash.digest('hex'), problems };
}

/** Names in the generation store other than the one `out` points to and the ingest cache: what a run left behind. */
export function leftovers(store: string, out: string): string[] {
  const current = path.basename(fs.realpathSync(out));
  return fs.readdirSync(store).filter((name) => name !== current && name !== path.basename(cacheDirFor(store)));
}
