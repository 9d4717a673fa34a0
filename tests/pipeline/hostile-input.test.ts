import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { ingestArticle, InputError } from '../../src/pipeline/ingest-article';
import { accountLines } from './support/account-lines';

const corpusDir = path.resolve(__dirname, '../../../shared/corpus/articles');
const corpus = fs.existsSync(corpusDir)
  ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'))
  : [fs.readFileSync(path.resolve(__dirname, '../../seeds/000_3979cacfdab927d0.txt'), 'utf8')];
const corpusLines = [...new Set(corpus.flatMap((t) => t.split('\n')))];

/** The pipeline's contract with any input: its own InputError, or a valid article with every line accounted for. */
function holdsForAnyInput(raw: string): void {
  let article;
  try {
    article = ingestArticle(raw, 'fuzz');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return;
  }
  const checked = validateArticle(article);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  expect(accountLines(raw, article)).toEqual({ lost: [], invented: [] });
}

const furniture = fc.constantFrom(
  '', '   ', '\u00a0', '© Agency / Name', 'READ MORE: Something', 'Topic:', 'Tags:', 'a, b, c', '0 0 0',
  'Also on rt.com Other', 'date 2020-02-30 Register', 'Short Title', 'What Now?', '"Quoted', '*Footnote', '\r', '\t\t',
);
const line = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom(...corpusLines), furniture);

describe('hostile seeds', () => {
  it('random text: an InputError or a valid article with nothing lost', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), holdsForAnyInput), { numRuns: 300 });
  });

  it('random bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => holdsForAnyInput(new TextDecoder().decode(bytes))),
      { numRuns: 300 },
    );
  });

  it('line soups of real article lines, furniture and noise', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) => holdsForAnyInput(lines.join(eol))),
      { numRuns: 300 },
    );
  });

  it('mutated corpus articles: lines deleted, duplicated, swapped or replaced', () => {
    const mutation = fc.record({ op: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'indent'), at: fc.nat(), other: fc.nat(), text: line });
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (which, mutations) => {
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
        holdsForAnyInput(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});
