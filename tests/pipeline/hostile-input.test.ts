import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAPES } from '../../src/cli/bench-growth';
import { validateArticle } from '../../src/contract/article';
import { accountLines } from './support/account-lines';
import { BoundedIngest, CASE_BOUND_MS } from './support/bounded-ingest';

const corpusDir = path.resolve(__dirname, '../../../shared/corpus/articles');
const corpus = fs.existsSync(corpusDir)
  ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'))
  : [fs.readFileSync(path.resolve(__dirname, '../../seeds/000_3979cacfdab927d0.txt'), 'utf8')];
const corpusLines = [...new Set(corpus.flatMap((t) => t.split('\n')))];

// Every case runs in a worker and is stopped after CASE_BOUND_MS (see support/bounded-ingest.ts): the hang guard.
const bounded = new BoundedIngest();

/**
 * The pipeline's contract with any input: its own InputError, or a valid article with every line accounted for;
 * and it answers within the hang guard's bound.
 */
async function holdsForAnyInput(raw: string): Promise<void> {
  const outcome = await bounded.ingest(raw);
  if (outcome.kind === 'crash') expect.fail(`the pipeline threw something other than an InputError: ${outcome.message}`);
  if (outcome.kind !== 'article') return;
  const checked = validateArticle(outcome.article);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  expect(accountLines(raw, outcome.article)).toEqual({ lost: [], invented: [] });
}

/** Prints the slowest case of the test just run: a figure to read, not an assertion (the bound is the only limit). */
function reportSlowest(name: string): void {
  console.log(`hostile-input ${name}: slowest case ${bounded.slowest.ms.toFixed(0)} ms (bound ${CASE_BOUND_MS} ms): ${bounded.slowest.input}`);
  bounded.slowest = { ms: 0, input: '' };
}

const furniture = fc.constantFrom(
  '', '   ', '\u00a0', '© Agency / Name', 'READ MORE: Something', 'Topic:', 'Tags:', 'a, b, c', '0 0 0',
  'Also on rt.com Other', 'date 2020-02-30 Register', 'Short Title', 'What Now?', '"Quoted', '*Footnote', '\r', '\t\t',
);
const line = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom(...corpusLines), furniture);

const word = fc.stringMatching(/^[a-z]{1,12}$/u);
const capitalised = fc.stringMatching(/^[A-Z][a-z]{1,10}$/u);
const headline = fc.constantFrom('', 'Pathological Input Reaches the Pipeline\n\n', 'Lavrov Says Talks Went Well\n\n');
/** Shapes that make naive text code slow: the list plus what the entity and quote stages scan. */
const pathological = fc.oneof(
  // a very long line of ordinary words
  fc.array(word, { minLength: 2_000, maxLength: 12_000 }).map((w) => w.join(' ')),
  // many quote marks, straight and curly, with a few words and speech verbs between them
  fc.array(fc.constantFrom('"', '“', '”', '‘', '’', '«', '»', "'", ' ', 'said', 'Lavrov', ', ', '. '), { minLength: 1_000, maxLength: 10_000 }).map((t) => t.join('')),
  // the same capitalised words repeated, as one run, with titles and organisation heads mixed in
  fc
    .tuple(fc.array(fc.oneof(capitalised, fc.constantFrom('President', 'Foreign', 'Minister', 'Ministry', 'University', 'of', 'Sergei', 'Lavrov')), { minLength: 1, maxLength: 5 }), fc.integer({ min: 100, max: 3_000 }))
    .map(([words, n]) => `${Array.from({ length: n }, () => words.join(' ')).join(' ')} said.`),
  // a 10,000-character word (and longer)
  fc.tuple(fc.constantFrom('x', 'A', 'é', '\u200b', '"'), fc.integer({ min: 10_000, max: 30_000 })).map(([c, n]) => `A long word: ${c.repeat(n)}.`),
  // thousands of paragraphs naming the same people
  fc.integer({ min: 500, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => `Sergei Lavrov met Mike Pompeo in Moscow, "we agreed ${i}," Lavrov said.`).join('\n\n')),
  // thousands of short title-case lines (headings, teasers and credits to classify)
  fc.integer({ min: 500, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 3 ? `Short Title Number ${i}` : `© Agency / Name ${i}`)).join('\n')),
);

/**
 * Shapes (the benchmark's, see src/cli/bench-growth.ts) that took from ten seconds to minutes, never finished or
 * overflowed the stack before the stages were made near-linear, at sizes where they did: a regression to the old
 * growth trips the hang guard. [shape, smallest n, largest n, what the old pipeline did at those sizes]
 */
const usedToHang: [string, number, number, string][] = [
  ['sentence-words-then-said', 8_000, 12_500, '40-95 s'],
  ['distinct-people', 4_000, 5_000, '8-12 s'],
  ['shared-surname', 6_000, 7_000, '8-11 s'],
  ['loose-capitalised', 1_500, 2_500, '12-33 s'],
  ['unattributed-quotes', 9_000, 10_000, '12-15 s'],
  ['straight-quote-soup', 50_000, 60_000, '9-13 s'],
  ['role-nouns', 2_500, 4_000, '9-25 s'],
  ['introductions', 2_000, 3_000, '13-29 s'],
  ['comma-clauses-said', 8_000, 10_000, '10-16 s'],
  ['stop-run', 15_000, 25_000, '14-40 s'],
  ['digit-runs', 10, 100, 'never finished'],
  ['bracket-names', 1_000, 2_000, '31 s to minutes'],
];

beforeAll(() => bounded.warm(), 60_000);
afterAll(() => bounded.close());

describe('hostile seeds', () => {
  it('pathological shapes: long lines, quote soups, repeated capitalised words, 10,000-character words, thousands of paragraphs', async () => {
    await fc.assert(
      fc.asyncProperty(headline, pathological, (head, body) => holdsForAnyInput(head + body)),
      { numRuns: 40 },
    );
    reportSlowest('pathological shapes');
  }, 300_000);

  it.each(usedToHang)('shapes that used to hang: %s (n from %i to %i, before: %s) answers within the bound, holding the contract', async (name, min, max) => {
    const shape = SHAPES.find((s) => s.name === name)!;
    await fc.assert(fc.asyncProperty(fc.integer({ min, max }), (n) => holdsForAnyInput(shape.make(n))), { numRuns: 2 });
    reportSlowest(name);
  }, 120_000);

  it('random text: an InputError or a valid article with nothing lost', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), holdsForAnyInput), { numRuns: 300 });
    reportSlowest('random text');
  });

  it('random bytes decoded as text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), (bytes) => holdsForAnyInput(new TextDecoder().decode(bytes))),
      { numRuns: 300 },
    );
    reportSlowest('random bytes');
  });

  it('line soups of real article lines, furniture and noise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) => holdsForAnyInput(lines.join(eol))),
      { numRuns: 300 },
    );
    reportSlowest('line soups');
  });

  it('mutated corpus articles: lines deleted, duplicated, swapped or replaced', async () => {
    const mutation = fc.record({ op: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'indent'), at: fc.nat(), other: fc.nat(), text: line });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), async (which, mutations) => {
        const lines = corpus[which]!.split('\n');
        for (const m of mutations) {
          const i = m.at % lines.length;
          const j = m.other % lines.length;
          if (m.op === 'delete') lines.splice(i, 1);
          else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]!);
          else if (m.op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          else if (m.op === 'replace') lines[i] = m.text;
          else lines[i] = `\u00a0   ${lines[i]}\t`;
          if (lines.length === 0) lines.push(m.text);
        }
        await holdsForAnyInput(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
    reportSlowest('mutated corpus');
  });
});
