/**
 * The line model's training data and training, shared by `npm run train:structure` (which writes the committed
 * model) and `npm run cv:structure` (which scores the whole pipeline on articles a fold's model never saw). Every
 * line the rules leave free is labelled a sub-headline (a gold section heading), furniture (a gold boilerplate line)
 * or body (anything else). The blind split (tests/fixtures/blind-split.json) is never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseText } from '../pipeline/stages/01-normalise-text';
import { ruleKinds } from '../pipeline/stages/02-classify-lines';
import { DEFAULT_TRAIN_OPTIONS, trainBoostedTrees, type BoostedTrees, type TrainOptions } from '../pipeline/structure/boosted-trees';
import { FEATURE_NAMES, lineFeatures } from '../pipeline/structure/line-features';
import { LINE_LABELS, type LineLabel } from '../pipeline/structure/line-model';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shared = path.resolve(root, '..', 'shared');
const blind = new Set<string>((JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'blind-split.json'), 'utf8')) as { stems: string[] }).stems);

/** Where the hand gold lives, each folder with the folder of raw texts it annotates. */
const SOURCES = [
  { gold: path.join(shared, 'seeds', 'gold'), raw: path.join(shared, 'seeds') },
  { gold: path.join(shared, 'corpus', 'gold'), raw: path.join(shared, 'corpus', 'articles') },
  { gold: path.join(shared, 'corpus', 'web', 'gold'), raw: path.join(shared, 'corpus', 'web', 'articles') },
  { gold: path.join(root, 'tests', 'fixtures', 'gold'), raw: path.join(shared, 'corpus', 'articles') },
  { gold: path.join(root, 'tests', 'fixtures', 'gold-web'), raw: path.join(shared, 'corpus', 'web', 'articles') },
];

type Gold = { headline: string; sections: { heading: string }[]; boilerplate?: string[]; quotes?: { line: number }[] };
export type Sample = { x: number[]; y: number; text: string };
/** One annotated article: its files and the labelled free lines of its text (and, when asked, of its other layout). */
export type Doc = { stem: string; goldFile: string; rawFile: string; samples: Sample[] };

/** Folds whitespace the way stage 1 does, so gold strings and normalised lines compare equal. */
const fold = (text: string) => normaliseText(text).map((l) => l.text).join(' ');

/**
 * The same article in the other common scraper layout: blank-line paragraphs become one paragraph per line, and
 * one per line becomes blank-line paragraphs (the headline and the blank after it stay). `lineOf` maps a 1-based
 * line of the original to its line in the result, so gold quote lines can follow.
 */
export function otherLayout(raw: string): { text: string; lineOf: (line: number) => number } {
  const [headline = '', ...rest] = raw.split('\n');
  const blankLayout = rest.filter((l) => l.trim() === '').length > rest.length * 0.3;
  const out = [headline, ''];
  const map = new Map<number, number>([[1, 1]]);
  rest.forEach((line, i) => {
    if (line.trim() === '') return;
    if (!blankLayout && out.length > 2) out.push('');
    out.push(line);
    map.set(i + 2, out.length);
  });
  return { text: out.join('\n'), lineOf: (line) => map.get(line) ?? line };
}

/** The labelled free lines of one text, as the structure stage's rules leave them to the model. */
function samplesOf(text: string, headings: Set<string>, furniture: Set<string>): Sample[] {
  const lines = normaliseText(text);
  const { kinds } = ruleKinds(lines);
  const features = lineFeatures(lines, kinds);
  const samples: Sample[] = [];
  lines.forEach((line, i) => {
    if (kinds[i] !== null) return;
    const label: LineLabel = headings.has(line.text) ? 'heading' : furniture.has(line.text) ? 'furniture' : 'body';
    samples.push({ x: features[i]!, y: LINE_LABELS.indexOf(label), text: line.text });
  });
  return samples;
}

/** Every annotated article outside the blind split; `augment` adds the samples of its other layout. */
export function loadDocs(augment: boolean): Doc[] {
  const docs: Doc[] = [];
  for (const source of SOURCES) {
    if (!fs.existsSync(source.gold)) continue;
    for (const file of fs.readdirSync(source.gold).filter((f) => f.endsWith('.json')).sort()) {
      const stem = file.replace(/\.json$/u, '');
      if (blind.has(stem)) continue;
      const goldFile = path.join(source.gold, file);
      const rawFile = path.join(source.raw, `${stem}.txt`);
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold;
      const raw = fs.readFileSync(rawFile, 'utf8');
      const headings = new Set(gold.sections.slice(1).map((s) => fold(s.heading)));
      const furniture = new Set((gold.boilerplate ?? []).map(fold));
      const texts = augment ? [raw, otherLayout(raw).text] : [raw];
      docs.push({ stem, goldFile, rawFile, samples: texts.flatMap((t) => samplesOf(t, headings, furniture)) });
    }
  }
  return docs;
}

/** Trains the line model on the samples of `docs`. */
export function train(docs: Doc[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): BoostedTrees {
  const samples = docs.flatMap((d) => d.samples);
  return trainBoostedTrees(samples.map((s) => s.x), samples.map((s) => s.y), [...LINE_LABELS], [...FEATURE_NAMES], options);
}

/** `--rounds N --depth N --learning-rate X --min-leaf N --heading-weight X` override the committed options. */
export function optionsFromArgs(argv: string[]): TrainOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : undefined;
  };
  const o = { ...DEFAULT_TRAIN_OPTIONS };
  o.rounds = value('--rounds') ?? o.rounds;
  o.depth = value('--depth') ?? o.depth;
  o.learningRate = value('--learning-rate') ?? o.learningRate;
  o.minLeaf = value('--min-leaf') ?? o.minLeaf;
  const headingWeight = value('--heading-weight');
  if (headingWeight !== undefined) o.classWeights = [1, headingWeight, 1];
  return o;
}

/** A stem's fold of n: a small string hash, stable across runs and machines. */
export const foldOf = (stem: string, n: number) => [...stem].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % n;
