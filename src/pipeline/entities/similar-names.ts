/**
 * Whether two spellings name the same person: transliteration variants (Sergei/Sergey, Zelenskyy/Zelenskiy/
 * Zelensky, Yury/Yuri) fold to one key, and long names may still differ by one edit.
 */

const folded = new Map<string, string>();

/** Folds a name to a transliteration-neutral key: no accents, y→i, doubled letters single. Memoised: names repeat. */
export function foldName(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    key = fold(name);
    if (folded.size > 50_000) folded.clear();
    folded.set(name, key);
  }
  return key;
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/y/gu, 'i')
    .replace(/(.)\1+/gu, '$1');
}

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

/** Same name up to transliteration: equal folded keys, or one edit apart when both are at least 6 letters. */
export function similarNames(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return x.length > 0;
  if (Math.min(x.length, y.length) < 6 || Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  return editDistance(x, y) <= 1;
}
