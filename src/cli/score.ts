/**
 * `npm run score`: ingests every hand-annotated article and scores it with the shared scorer, in two sets:
 * the shared gold (../shared/corpus/gold and ../shared/seeds/gold; its exit code is this script's), and our own
 * annotations of other corpus articles (tests/fixtures/gold), made by reading the texts, as a check on
 * articles the rules were not tuned on. Extra arguments go to the scorer (`--verbose`, `--min people.f1=0.9`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileError, ingestFile } from './ingest-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus', 'articles');
const scorer = path.join(shared, 'tools', 'score.mjs');

type GoldSet = { name: string; sources: { gold: string; raw: string }[] };
const sets: GoldSet[] = [
  {
    name: 'shared gold',
    sources: [
      { gold: path.join(shared, 'corpus', 'gold'), raw: corpus },
      { gold: path.join(shared, 'seeds', 'gold'), raw: path.join(shared, 'seeds') },
    ],
  },
  { name: 'our annotations (tests/fixtures/gold)', sources: [{ gold: path.join(root, 'tests', 'fixtures', 'gold'), raw: corpus }] },
];

/** Ingests one set into a temp folder laid out as the scorer wants it and runs the scorer; returns its exit code. */
function scoreSet(set: GoldSet, scorerArgs: string[]): number {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-score-'));
  const goldDir = path.join(out, 'gold');
  const rawDir = path.join(out, 'raw');
  fs.mkdirSync(goldDir);
  fs.mkdirSync(rawDir);
  let failures = 0;
  for (const source of set.sources) {
    if (!fs.existsSync(source.gold)) continue;
    for (const g of fs.readdirSync(source.gold).filter((f) => f.endsWith('.json'))) {
      const stem = g.replace(/\.json$/u, '');
      const raw = path.join(source.raw, `${stem}.txt`);
      fs.copyFileSync(path.join(source.gold, g), path.join(goldDir, g));
      fs.copyFileSync(raw, path.join(rawDir, `${stem}.txt`));
      try {
        fs.writeFileSync(path.join(out, g), JSON.stringify(ingestFile(raw)));
      } catch (err) {
        failures++;
        process.stderr.write(`${err instanceof FileError ? err.message : String(err)}\n`);
      }
    }
  }
  process.stdout.write(`${set.name}:\n`);
  const result = spawnSync(process.execPath, [scorer, '--out', out, '--gold', goldDir, '--raw', rawDir, ...scorerArgs], { stdio: 'inherit' });
  fs.rmSync(out, { recursive: true, force: true });
  return failures ? 1 : (result.status ?? 1);
}

const codes = sets.map((set) => scoreSet(set, process.argv.slice(2)));
process.exitCode = codes[0] ?? 1;
