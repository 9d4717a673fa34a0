// The near-linear rewrites give the answers of the slow, obvious code they replaced, on generated inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameIndex, sameNameholder, WordIndex, firstClusters } from '../../src/pipeline/entities/name-index';
import { foldName, similarNames } from '../../src/pipeline/entities/similar-names';
import { isCounterLine } from '../../src/pipeline/patterns';

/** Spellings that are near one another: transliterations, one-letter changes, hyphens, initials, titles. */
const word = fc.constantFrom(
  'John', 'Jon', 'J.', 'J', 'Johnny', 'Mary', 'Marie', 'M.', 'Pat', 'Patrick', 'Sergei', 'Sergey', 'Yuri', 'Yury', 'Al', 'Oday',
  'Smith', 'Smyth', 'Smithe', 'Okonjo', 'Okonjo-Iweala', 'Iweala', 'Zelensky', 'Zelenskiy', 'Zelenskyy', 'Quoraishi',
  'Kovalenko', 'Kovalenka', 'Kowalenko', 'Peterson', 'Petersen', 'Pettersen', 'Ann', 'Anna', 'Annabel', 'Jean-Claude',
);
const name = fc.array(word, { minLength: 1, maxLength: 4 });
/** Names filed in order, each into an existing cluster or a new one, as clustering does. */
const filings = fc.array(fc.tuple(name, fc.nat()), { maxLength: 40 });

function build(list: [string[], number][]): { index: NameIndex; filed: { cluster: number; name: string[] }[] } {
  const index = new NameIndex();
  const filed: { cluster: number; name: string[] }[] = [];
  let clusters = 0;
  for (const [n, pick] of list) {
    const cluster = pick % (clusters + 1);
    if (cluster === clusters) clusters++;
    index.add(cluster, n);
    filed.push({ cluster, name: n });
  }
  return { index, filed };
}

describe('NameIndex finds the clusters testing every filed name would', () => {
  it('smallest: the first cluster holding a name sameNameholder accepts (a full name only through full names)', () => {
    fc.assert(
      fc.property(filings, name, (list, words) => {
        const { index, filed } = build(list);
        const matches = filed.filter((f) => (words.length === 1 || f.name.length > 1) && sameNameholder(f.name, words)).map((f) => f.cluster);
        expect(index.smallest(words)).toBe(matches.length ? Math.min(...matches) : -1);
      }),
      { numRuns: 3000 },
    );
  });

  it('some: up to two clusters holding a name at least as long that sameNameholder accepts', () => {
    fc.assert(
      fc.property(filings, name, (list, words) => {
        const { index, filed } = build(list);
        const matches = new Set(filed.filter((f) => f.name.length >= words.length && sameNameholder(f.name, words)).map((f) => f.cluster));
        const found = index.some(words, 2);
        expect(found.length).toBe(Math.min(2, matches.size));
        for (const c of found) expect(matches.has(c)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('WordIndex: the clusters of every filed word similarNames accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.nat({ max: 9 })), { maxLength: 30 }), word, (list, w) => {
        const index = new WordIndex();
        for (const [filedWord, cluster] of list) index.add(cluster, filedWord);
        const matches = new Set(list.filter(([filedWord]) => similarNames(filedWord, w)).map(([, cluster]) => cluster));
        expect(new Set(firstClusters(index.matching(w), 100))).toEqual(matches);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The edit distance by the full table, as similarNames computed it before. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

describe('similar names', () => {
  it('one edit apart exactly when the edit-distance table says so', () => {
    const spelling = fc.stringMatching(/^[a-dy]{0,9}$/u);
    fc.assert(
      fc.property(spelling, spelling, (a, b) => {
        const [x, y] = [foldName(a), foldName(b)];
        const expected = x === y ? x.length > 0 : Math.min(x.length, y.length) >= 6 && Math.abs(x.length - y.length) <= 1 && x[0] === y[0] && editDistance(x, y) <= 1;
        expect(similarNames(a, b)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it('a word folds the same lower-cased first, so a given name and a first word share their keys', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (w) => {
        expect(foldName(w.toLowerCase())).toBe(foldName(w));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('counter lines', () => {
  // The expression isCounterLine replaced; exponential on long digit runs, so only short lines here.
  const OLD_COUNTER_LINE = /^(?:\d[\d,.]*\s*[kKmM]?\s*(?:shares?|comments?|views?|likes?)?\s*)+$/u;
  it('are the lines the old expression accepted', () => {
    const part = fc.constantFrom('1', '2', '0', ',', '.', ' ', '  ', '\f', 'k', 'K', 'm', 'M', 'share', 'shares', 'comment', 'comments', 'view', 'views', 'like', 'likes', 's', 'x', '١');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 9 }), (parts) => {
        const line = parts.join('');
        expect(isCounterLine(line)).toBe(OLD_COUNTER_LINE.test(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('a 40-digit number followed by a word is no counter', () => {
    expect(isCounterLine(`${'7'.repeat(40)} views today`)).toBe(false);
    expect(isCounterLine(`${'7'.repeat(40)} views`)).toBe(true);
  });
});
