/**
 * `npm run score`: ingests every hand-annotated article (../shared corpus and seed gold) and runs the shared
 * scorer on them. Extra arguments go to the scorer (e.g. `--verbose`, `--min people.f1=0.9`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileError, ingestFile } from './ingest-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '..', 'shared');
const sets = [
  { gold: path.join(shared, 'corpus', 'gold'), raw: path.join(shared, 'corpus', 'articles') },
  { gold: path.join(shared, 'seeds', 'gold'), raw: path.join(shared, 'seeds') },
];

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-score-'));
const goldDir = path.join(out, 'gold');
const rawDir = path.join(out, 'raw');
fs.mkdirSync(goldDir);
fs.mkdirSync(rawDir);
let failures = 0;
for (const set of sets) {
  if (!fs.existsSync(set.gold)) continue;
  for (const g of fs.readdirSync(set.gold).filter((f) => f.endsWith('.json'))) {
    const stem = g.replace(/\.json$/u, '');
    const raw = path.join(set.raw, `${stem}.txt`);
    fs.copyFileSync(path.join(set.gold, g), path.join(goldDir, g));
    fs.copyFileSync(raw, path.join(rawDir, `${stem}.txt`));
    try {
      fs.writeFileSync(path.join(out, g), JSON.stringify(ingestFile(raw)));
    } catch (err) {
      failures++;
      process.stderr.write(`${err instanceof FileError ? err.message : String(err)}\n`);
    }
  }
}
const result = spawnSync(
  process.execPath,
  [path.join(shared, 'tools', 'score.mjs'), '--out', out, '--gold', goldDir, '--raw', rawDir, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
fs.rmSync(out, { recursive: true, force: true });
process.exitCode = failures ? 1 : (result.status ?? 1);
