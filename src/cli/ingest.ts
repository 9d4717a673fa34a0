/**
 * `npm run --silent ingest -- FILE.txt` prints one article's JSON; `npm run ingest` ingests every seed and publishes
 * them for the app in one atomic swap (`--seeds DIR` and `--out DIR` override seeds/ and public/data/; `--store DIR`
 * is where each run's data set is written first: .tmp/data/ for public/data, `.<name>.generations/` beside any other
 * `--out`). Errors go to stderr as `FILE: reason`, exit code 1. `--report` adds one JSON line on stdout saying what
 * was published, for the Vite plugin. A batch shows its progress on stderr (one updating line in a terminal, else one
 * summary line) and ingests only the seeds its cache (src/cli/ingest-cache.ts, in the store) does not hold.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileError } from './file-error';
import { ingestFolder, type BatchResult } from './ingest-batch';
import { quoteFileName } from './seed-names';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = path.join(root, 'seeds');
export const DATA_DIR = path.join(root, 'public', 'data');
/** Generations of public/data live outside public/, so neither Vite's dev server nor its build sees them. */
export const DATA_STORE_DIR = path.join(root, '.tmp', 'data');

type Args = { files: string[]; seeds: string; out: string; store: string | null; report: boolean };

/** Splits `--seeds DIR --out DIR --store DIR --report` options from file arguments. */
function parseArgs(argv: string[]): Args {
  const parsed: Args = { files: [], seeds: SEEDS_DIR, out: DATA_DIR, store: null, report: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--report') parsed.report = true;
    else if ((arg === '--seeds' || arg === '--out' || arg === '--store') && argv[i + 1] !== undefined) parsed[arg.slice(2) as 'seeds' | 'out' | 'store'] = path.resolve(argv[++i]!);
    else parsed.files.push(arg);
  }
  return parsed;
}

/** The store for an output folder: .tmp/data/ for the app's, a hidden sibling for any other (same file system, so the swap is one rename). */
const storeFor = (out: string) => (out === DATA_DIR ? DATA_STORE_DIR : path.join(path.dirname(out), `.${path.basename(out)}.generations`));

async function ingestFiles(files: string[]): Promise<number> {
  // Loaded here only: in a batch the pipeline loads in the workers, never in this thread.
  const { ingestFile } = await import('./ingest-files');
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(`${JSON.stringify(ingestFile(file), null, 1)}\n`);
    } catch (err) {
      process.stderr.write(`${err instanceof FileError ? err.message : new FileError(file, String(err)).message}\n`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

async function ingestBatch({ seeds, out, store, report }: Args): Promise<number> {
  let result: BatchResult;
  try {
    result = await ingestFolder(seeds, out, { storeDir: store ?? storeFor(out), progress: process.stderr });
  } catch (err) {
    // The whole batch failed (unreadable seeds folder, full disk…): one line, and the previous data stays served.
    const line = err instanceof FileError ? err.message : `ingest: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`${line}\n`);
    if (report) process.stdout.write(`${JSON.stringify({ published: false, articles: 0, failed: [], skipped: [], error: line })}\n`);
    return 1;
  }
  const { written, failed, skipped, collection, search } = result;
  for (const note of [...skipped, ...failed]) process.stderr.write(`${note.message}\n`);
  const counts = [failed.length ? `${failed.length} failed` : '', skipped.length ? `${skipped.length} other entr${skipped.length === 1 ? 'y' : 'ies'} skipped` : ''];
  process.stderr.write(`ingested ${written.length} article(s) into ${quoteFileName(path.relative(process.cwd(), out) || '.')}${counts.filter(Boolean).map((c) => `, ${c}`).join('')}\n`);
  // In a terminal only: elsewhere (CI, the Vite plugin, tests) the run says one summary line.
  if (process.stderr.isTTY) {
    process.stderr.write(`collection: ${collection.entities} entities, ${collection.files} files in ${(collection.ms / 1000).toFixed(1)} s\n`);
    process.stderr.write(`search: ${search.records} stories indexed in ${search.shards} shard(s), ${search.files} files (${(search.bytes / 1024).toFixed(0)} KB) in ${(search.ms / 1000).toFixed(1)} s\n`);
  }
  if (report) {
    const messages = (errors: FileError[]) => errors.map((e) => e.message);
    process.stdout.write(`${JSON.stringify({ published: true, articles: written.length, failed: messages(failed), skipped: messages(skipped), error: null })}\n`);
  }
  return failed.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  return args.files.length > 0 ? ingestFiles(args.files) : ingestBatch(args);
}

process.exitCode = await main(process.argv.slice(2));
