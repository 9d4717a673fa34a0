/**
 * `npm run cv:structure`: how the structure stage does on articles its line model never saw. The annotated articles
 * outside the blind split are cut into folds (5 unless `--folds N`); each fold's articles go through the whole
 * pipeline with a model trained on the other folds, as scraped and in the other layout (blank-line paragraphs
 * as one paragraph per line, and the reverse), and the shared scorer scores them. The figures on the committed model
 * (`npm run score`) are on articles it was trained on; these are the honest ones. Train options (`--depth 3`,
 * `--augment-layouts`, …) are those of `npm run train:structure`, to compare settings before training.
 * `--verbose` lists each missed or extra sub-headline and wrong first paragraph.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestArticle } from '../pipeline/ingest-article';
import { foldOf, loadDocs, optionsFromArgs, otherLayout, shared, train } from './structure-training';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.indexOf(name);
const folds = flag('--folds') >= 0 ? Number(argv[flag('--folds') + 1]) : 5;
const augment = argv.includes('--augment-layouts');
const verbose = argv.includes('--verbose');
const options = optionsFromArgs(argv);

type Layout = 'as scraped' | 'other layout';
const LAYOUTS: Layout[] = ['as scraped', 'other layout'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-cv-'));
const dirOf = (layout: Layout, part: string) => path.join(work, layout.replace(' ', '-'), part);
for (const layout of LAYOUTS) for (const part of ['out', 'gold', 'raw']) fs.mkdirSync(dirOf(layout, part), { recursive: true });

const docs = loadDocs(augment);
const started = performance.now();
for (let k = 0; k < folds; k++) {
  const held = docs.filter((d) => foldOf(d.stem, folds) === k);
  const model = train(docs.filter((d) => foldOf(d.stem, folds) !== k), options);
  for (const doc of held) {
    const raw = fs.readFileSync(doc.rawFile, 'utf8');
    const gold = JSON.parse(fs.readFileSync(doc.goldFile, 'utf8')) as { quotes?: { line: number }[] };
    const other = otherLayout(raw);
    const versions: [Layout, string, unknown][] = [
      ['as scraped', raw, gold],
      ['other layout', other.text, { ...gold, quotes: (gold.quotes ?? []).map((q) => ({ ...q, line: other.lineOf(q.line) })) }],
    ];
    for (const [layout, text, goldOfLayout] of versions) {
      fs.writeFileSync(path.join(dirOf(layout, 'raw'), `${doc.stem}.txt`), text);
      fs.writeFileSync(path.join(dirOf(layout, 'gold'), `${doc.stem}.json`), JSON.stringify(goldOfLayout));
      fs.writeFileSync(path.join(dirOf(layout, 'out'), `${doc.stem}.json`), JSON.stringify(ingestArticle(text, doc.stem, { lineModel: model })));
    }
  }
}

type Scored = {
  aggregate: { sections: { f1: number }; firstWords: { rate: number }; boilerplate: { rate: number }; dates: { rate: number } };
  articles: { file: string; sections: { missedHeadings: string[]; extraHeadings: string[] }; firstWords: { wrongStarts: string[] } }[];
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`${docs.length} articles (blind split left out), ${folds} folds, ${augment ? 'trained on both layouts' : 'trained as scraped'}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const layout of LAYOUTS) {
  const run = spawnSync(process.execPath, [path.join(shared, 'tools', 'score.mjs'), '--out', dirOf(layout, 'out'), '--gold', dirOf(layout, 'gold'), '--raw', dirOf(layout, 'raw'), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    console.error(`the scorer failed on the ${layout} run: ${run.stderr.trim()}`);
    process.exit(1);
  }
  const scored = JSON.parse(run.stdout) as Scored;
  const a = scored.aggregate;
  console.log(`${layout.padEnd(13)} sections F1 ${pct(a.sections.f1)} | firstWords ${pct(a.firstWords.rate)} | boilerplate ${pct(a.boilerplate.rate)} | dates ${pct(a.dates.rate)}`);
  if (!verbose) continue;
  for (const art of scored.articles) {
    const { missedHeadings, extraHeadings } = art.sections;
    for (const h of missedHeadings) console.log(`  ${art.file}: missed heading: ${h}`);
    for (const h of extraHeadings) console.log(`  ${art.file}: extra heading: ${h}`);
    for (const h of art.firstWords.wrongStarts) console.log(`  ${art.file}: wrong first paragraph under: ${h}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
