/**
 * `npm run --silent ingest -- FILE.txt` prints one article's JSON; `npm run ingest` writes every seed for the app.
 * Errors go to stderr as `FILE: reason`, with exit code 1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileError, ingestFile, ingestFolder } from './ingest-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = path.join(root, 'seeds');
export const DATA_DIR = path.join(root, 'public', 'data');

function main(args: string[]): number {
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
  const { written, failed } = ingestFolder(SEEDS_DIR, DATA_DIR);
  for (const err of failed) process.stderr.write(`${err.message}\n`);
  process.stderr.write(`ingested ${written.length} article(s) into ${path.relative(root, DATA_DIR)}${failed.length ? `, ${failed.length} failed` : ''}\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
