/**
 * `npm run --silent ingest -- FILE.txt` prints one article's JSON; `npm run ingest` writes every seed for the app
 * (`--seeds DIR` and `--out DIR` override seeds/ and public/data/). Errors go to stderr as `FILE: reason`, exit code 1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileError, ingestFile, ingestFolder } from './ingest-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = path.join(root, 'seeds');
export const DATA_DIR = path.join(root, 'public', 'data');

/** Splits `--seeds DIR --out DIR` options from file arguments. */
function parseArgs(argv: string[]): { files: string[]; seeds: string; out: string } {
  const parsed = { files: [] as string[], seeds: SEEDS_DIR, out: DATA_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((arg === '--seeds' || arg === '--out') && argv[i + 1] !== undefined) parsed[arg === '--seeds' ? 'seeds' : 'out'] = path.resolve(argv[++i]!);
    else parsed.files.push(arg);
  }
  return parsed;
}

function main(argv: string[]): number {
  const { files: args, seeds, out } = parseArgs(argv);
  if (args.length > 0) {
    let failed = 0;
    for (const file of args) {
      try {
        process.stdout.write(`${JSON.stringify(ingestFile(file), null, 1)}\n`);
      } catch (err) {
        process.stderr.write(`${err instanceof FileError ? err.message : `${file}: ${String(err)}`}\n`);
        failed++;
      }
    }
    return failed ? 1 : 0;
  }
  const { written, failed } = ingestFolder(seeds, out);
  for (const err of failed) process.stderr.write(`${err.message}\n`);
  process.stderr.write(`ingested ${written.length} article(s) into ${path.relative(process.cwd(), out) || '.'}${failed.length ? `, ${failed.length} failed` : ''}\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
