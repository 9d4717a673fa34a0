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

/**
 * Whether two strings are at most one edit (insertion, deletion or substitution) apart, in one pass: the full
 * edit-distance table cost the product of the two lengths, and two 100,000-letter names made that a hang.
 */
function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return true; // equal, or one letter added at the end
  // The first difference: a substitution (same lengths) or an insertion into the shorter; the rest must match.
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

/** Same name up to transliteration: equal folded keys, or one edit apart when both are at least 6 letters. */
export function similarNames(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return x.length > 0;
  if (Math.min(x.length, y.length) < 6 || Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  return withinOneEdit(x, y);
}
