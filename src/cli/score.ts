/**
 * `npm run score`: ingests every hand-annotated article and scores it with the shared scorer, set by set:
 * - all the gold in ../shared (the seed, ../shared/corpus/gold, ../shared/corpus/web/gold), the figure the bars are
 *   set on; its exit code is this script's;
 * - its parts: the seed and corpus gold, the web gold we develop on, and the web gold's blind split
 *   (tests/fixtures/blind-split.json), held out: only its totals are ever printed, never per-article detail;
 * - our own annotations of the other corpus and web articles (tests/fixtures/gold, tests/fixtures/gold-web), made
 *   by reading the texts;
 * - a second held-out set (tests/fixtures/gold-heldout): 8 more corpus articles annotated by reading, after the
 *   rules were written and never used to write them; like the blind split, only its totals are printed;
 * - a third held-out set (tests/fixtures/gold-heldout-2): 13 of the 38 corpus articles annotated in session 7 (the
 *   lowest sha256 of the stem), the other 25 joining tests/fixtures/gold; totals only.
 * Extra arguments go to the scorer (`--verbose`, `--min people.f1=0.9`); `--verbose` is never passed to a set that
 * holds the blind split.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileError, ingestFile } from './ingest-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '..', 'shared');
const scorer = path.join(shared, 'tools', 'score.mjs');
const blindStems = new Set<string>((JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'blind-split.json'), 'utf8')) as { stems: string[] }).stems);

/** A folder of gold files and the folder of raw articles they annotate; `keep` picks stems. */
type Source = { gold: string; raw: string; keep?: (stem: string) => boolean };
/** `blind`: the set holds blind-split articles, so only its totals are printed. */
type GoldSet = { name: string; sources: Source[]; blind?: boolean };

const seedGold: Source = { gold: path.join(shared, 'seeds', 'gold'), raw: path.join(shared, 'seeds') };
const corpusGold: Source = { gold: path.join(shared, 'corpus', 'gold'), raw: path.join(shared, 'corpus', 'articles') };
const web = { gold: path.join(shared, 'corpus', 'web', 'gold'), raw: path.join(shared, 'corpus', 'web', 'articles') };

const sets: GoldSet[] = [
  { name: 'all gold in ../shared (seed, corpus, web; holds the blind split, so totals only)', sources: [seedGold, corpusGold, web], blind: true },
  { name: 'seed + corpus gold', sources: [seedGold, corpusGold] },
  { name: 'web gold, development part', sources: [{ ...web, keep: (stem) => !blindStems.has(stem) }] },
  { name: `web gold, blind split (${blindStems.size} articles, totals only)`, sources: [{ ...web, keep: (stem) => blindStems.has(stem) }], blind: true },
  { name: 'our annotations of corpus articles (tests/fixtures/gold)', sources: [{ gold: path.join(root, 'tests', 'fixtures', 'gold'), raw: corpusGold.raw }] },
  { name: 'our annotations of web articles (tests/fixtures/gold-web)', sources: [{ gold: path.join(root, 'tests', 'fixtures', 'gold-web'), raw: web.raw }] },
  {
    name: 'held-out corpus annotations (tests/fixtures/gold-heldout, 8 articles; totals only)',
    sources: [{ gold: path.join(root, 'tests', 'fixtures', 'gold-heldout'), raw: corpusGold.raw }],
    blind: true,
  },
  {
    name: 'third held-out set (tests/fixtures/gold-heldout-2, 13 corpus articles annotated in session 7; totals only)',
    sources: [{ gold: path.join(root, 'tests', 'fixtures', 'gold-heldout-2'), raw: corpusGold.raw }],
    blind: true,
  },
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
      if (source.keep && !source.keep(stem)) continue;
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
  const args = set.blind ? scorerArgs.filter((a) => a !== '--verbose') : scorerArgs;
  const result = spawnSync(process.execPath, [scorer, '--out', out, '--gold', goldDir, '--raw', rawDir, ...args], { stdio: 'inherit' });
  fs.rmSync(out, { recursive: true, force: true });
  return failures ? 1 : (result.status ?? 1);
}

const codes = sets.map((set) => scoreSet(set, process.argv.slice(2)));
process.exitCode = codes[0] ?? 1;
