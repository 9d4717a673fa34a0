/**
 * When two people's names can be one person's (`sameNameholder`), and an index that finds the clusters a name may
 * join without comparing it with every cluster. Comparing every pair made 20,000 distinct people a minute and a
 * half; the index files each name under its surname and, within a surname, under keys of its first word, so a
 * lookup only tries the names it could match, and the caller's answers are those of the all-pairs search.
 */
import { isFirstName } from '../language';
import { foldName, similarNames } from './similar-names';

/** Surnames match up to transliteration, or by one part of a double-barrelled one ("Okonjo", "Okonjo-Iweala"). */
export function sameSurname(a: string, b: string): boolean {
  return similarNames(a, b) || a.split('-').some((part) => similarNames(part, b)) || b.split('-').some((part) => similarNames(a, part));
}

/** A given name as the comparison below reads it: lower case, without a full stop ("J." → "j"). */
const givenForm = (word: string) => word.toLowerCase().replace(/\.$/u, '');

/** Two people's names can be one person's: same surname up to transliteration, and no clash of given names. */
export function sameNameholder(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long.some((w, i) => (i === long.length - 1 ? sameSurname(w, short[0]!) : similarNames(w, short[0]!) && !isFirstName(w)));
  // "Al Quoraishi" is the end of "Oday Al Quoraishi".
  if (short.every((w, k) => similarNames(w, long[long.length - short.length + k]!))) return true;
  if (!sameSurname(short[short.length - 1]!, long[long.length - 1]!)) return false;
  // Same given name, a nickname that starts it ("Pat"/"Patrick"), or an initial.
  const [g1, g2] = [givenForm(short[0]!), givenForm(long[0]!)];
  return similarNames(g1, g2) || (g1[0] === g2[0] && (Math.min(g1.length, g2.length) <= 1 || ((g1.startsWith(g2) || g2.startsWith(g1)) && Math.min(g1.length, g2.length) >= 3)));
}

// Keys. Two words similarNames accepts share a key: equal folded forms share the form's own key, and forms one edit
// apart (both at least 6 letters) share the key of one of their one-letter deletions. Keys are hashes of those
// strings (with their length), so a long word costs keys in proportion to its length; a collision only adds a
// candidate, which the caller's exact test then refuses.

const BASE = 0x01000193;

/** Polynomial hash of s[from, to) given prefix hashes and powers of the base (all mod 2^32). */
const rangeHash = (prefix: Uint32Array, pow: Uint32Array, from: number, to: number) => (prefix[to]! - Math.imul(prefix[from]!, pow[to - from]!)) >>> 0;

const keyCache = new Map<string, readonly string[]>();

/** Keys under which similarNames finds a word: its folded form, and each one-letter deletion of it when long enough. Memoised: names repeat. */
function similarKeys(word: string): readonly string[] {
  let keys = keyCache.get(word);
  if (keys === undefined) {
    keys = keysOf(foldName(word));
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, keys);
  }
  return keys;
}

/** Prefix hashes and powers of the base, reused from word to word. */
let prefix = new Uint32Array(64);
let pow = new Uint32Array(64);

function keysOf(f: string): string[] {
  const n = f.length;
  if (n === 0) return [];
  if (prefix.length <= n) [prefix, pow] = [new Uint32Array(2 * n + 1), new Uint32Array(2 * n + 1)];
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + f.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i]!, BASE) >>> 0;
  }
  const keys = [`${n}:${prefix[n]}`];
  // Folded forms have no doubled letters, so their one-letter deletions all differ.
  if (n >= 6) for (let i = 0; i < n; i++) keys.push(`${n - 1}:${(Math.imul(prefix[i]!, pow[n - 1 - i]!) + rangeHash(prefix, pow, i + 1, n)) >>> 0}`);
  return keys;
}

/** Longest given-name prefix filed as an exact string; longer ones share one key per 32-letter start. */
const EXACT_PREFIX = 32;

/**
 * The names filed under one key, in ascending order of their clusters (a cluster's names side by side): a look-up
 * tries clusters from the smallest and stops at the first that matches, so a key shared by thousands of names costs
 * no more than it must. Two flat lists, since an article may file hundreds of thousands of keys.
 */
class Bucket {
  readonly clusters: number[] = [];
  readonly names: Array<readonly string[]> = [];
  add(cluster: number, name: readonly string[]): void {
    // New clusters come last; a name added to an older cluster goes after that cluster's other names.
    const n = this.clusters.length;
    if (n === 0 || this.clusters[n - 1]! <= cluster) {
      this.clusters.push(cluster);
      this.names.push(name);
      return;
    }
    const at = firstAbove(this.clusters, cluster);
    this.clusters.splice(at, 0, cluster);
    this.names.splice(at, 0, name);
  }
  get min(): number {
    return this.clusters[0] ?? Infinity;
  }
}

/** Index of the first number of an ascending list that is above `x`. */
function firstAbove(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clusters (distinct, in filing order) and the smallest of them. */
export class Clusters {
  readonly list: number[] = [];
  private seen: Set<number> | null = null; // only for lists too long to search
  min = Infinity;
  add(cluster: number): void {
    const { list } = this;
    if (list[list.length - 1] === cluster) return;
    if (list.length > 8) {
      this.seen ??= new Set(list);
      if (this.seen.has(cluster)) return;
      this.seen.add(cluster);
    } else if (list.includes(cluster)) return;
    list.push(cluster);
    if (cluster < this.min) this.min = cluster;
  }
}

/** Words filed by cluster number, found again by any word similarNames accepts with them. */
export class WordIndex {
  private readonly clustersOf = new Map<string, Clusters>();
  private readonly byKey = new Map<string, string[]>();
  /** First letters of the filed words' folded forms: similar words share theirs, so others need no keys. */
  private readonly initials = new Set<string>();

  /** Files `word` for `cluster`. */
  add(cluster: number, word: string): void {
    let clusters = this.clustersOf.get(word);
    if (!clusters) {
      this.clustersOf.set(word, (clusters = new Clusters()));
      this.initials.add(foldName(word)[0] ?? '');
      for (const key of similarKeys(word)) {
        const words = this.byKey.get(key);
        if (words) words.push(word);
        else this.byKey.set(key, [word]);
      }
    }
    clusters.add(cluster);
  }

  /** The clusters of every filed word that similarNames accepts with `word`, one list per filed word. */
  matching(word: string): Clusters[] {
    if (!this.initials.has(foldName(word)[0] ?? '')) return [];
    const out = new Map<string, Clusters>();
    for (const key of similarKeys(word)) for (const w of this.byKey.get(key) ?? []) if (!out.has(w) && similarNames(w, word)) out.set(w, this.clustersOf.get(w)!);
    return [...out.values()];
  }
}

/** Up to `limit` distinct clusters from lists of clusters, in list order. */
export function firstClusters(lists: Iterable<Clusters>, limit: number): number[] {
  const found = new Set<number>();
  for (const clusters of lists) {
    for (const c of clusters.list) {
      if (found.size >= limit) return [...found];
      found.add(c);
    }
  }
  return [...found];
}

/** One name filed under a key: most keys hold one name, and a Bucket is made when a second one comes. */
type Single = { cluster: number; name: readonly string[] };

/** Every name filed with one last word; its names of two or more words keyed by their first words. */
type Surname = { word: string; clusters: Clusters; byKey: Map<string, Bucket | Single> };

/** The names under a key as a bucket (read-only for a single name). */
const asBucket = (x: Bucket | Single | undefined): Bucket | undefined => {
  if (!x || x instanceof Bucket) return x;
  const b = new Bucket();
  b.add(x.cluster, x.name);
  return b;
};

/** A key to look up, and whether every name filed under it is a match (given a matching surname). */
type Probe = { key: string; allMatch: boolean };

/**
 * Keys a name of two or more words is filed under, within its surname. Its first word serves both the given-name
 * test and the tails: a word folds the same lower-cased or not (checked for every code point), so the given name's
 * similarity keys are the first word's.
 */
function filingKeys(name: readonly string[]): string[] {
  const keys: string[] = [];
  const add = (tag: string, words: readonly string[]) => {
    for (const k of words) keys.push(tag + k);
  };
  const given = givenForm(name[0]!);
  // The given name: similar, an initial, a prefix of the other's.
  add('g', similarKeys(name[0]!));
  keys.push(given.length ? `c:${given[0]}` : 'c');
  if (given.length <= 1) keys.push(given.length ? `i:${given[0]}` : 'i');
  if (given.length >= 3) {
    keys.push(given.length <= EXACT_PREFIX ? `x:${given}` : `X:${given.slice(0, EXACT_PREFIX)}`);
    for (let k = 3; k <= Math.min(given.length, EXACT_PREFIX); k++) keys.push(`y:${given.slice(0, k)}`);
    if (given.length > EXACT_PREFIX) keys.push(`Y:${given.slice(0, EXACT_PREFIX)}`);
  }
  // Tails ("Al Quoraishi" is the end of "Oday Al Quoraishi"): a name matching the last words of a longer one has a
  // first word similar to one of that one's words, and the same word before the surname. A shorter name is found by
  // its first word ('g'), a longer one by its word before the surname; no name of two or more words is shorter than two.
  if (name.length > 2) add('e', similarKeys(name[name.length - 2]!));
  return keys;
}

/** Keys to look a name of two or more words up by, within a matching surname (mirror images of filingKeys). */
function probeKeys(words: readonly string[], minLength: number): Probe[] {
  const probes: Probe[] = [];
  const add = (tag: string, keys: readonly string[], allMatch = false) => {
    for (const k of keys) probes.push({ key: tag + k, allMatch });
  };
  const length = words.length;
  const given = givenForm(words[0]!);
  add('g', similarKeys(words[0]!));
  // Same first letter and either is an initial: every such name matches.
  if (given.length <= 1) probes.push({ key: given.length ? `c:${given[0]}` : 'c', allMatch: true });
  else probes.push({ key: `i:${given[0]}`, allMatch: true });
  if (given.length >= 3) {
    for (let k = 3; k <= Math.min(given.length, EXACT_PREFIX); k++) probes.push({ key: `x:${given.slice(0, k)}`, allMatch: true });
    if (given.length > EXACT_PREFIX) probes.push({ key: `X:${given.slice(0, EXACT_PREFIX)}`, allMatch: false });
    probes.push(given.length <= EXACT_PREFIX ? { key: `y:${given}`, allMatch: true } : { key: `Y:${given.slice(0, EXACT_PREFIX)}`, allMatch: false });
  }
  // Shorter names that are this one's tail start with its word (length - theirs); longer ones whose tail this is
  // have its word before the surname.
  for (let shorter = Math.max(2, minLength); shorter < length; shorter++) add('g', similarKeys(words[length - shorter]!));
  add('e', similarKeys(words[length - 2]!));
  return probes;
}

const surnameKeyCache = { filing: new Map<string, readonly string[]>(), probe: new Map<string, readonly string[]>() };

/**
 * Keys of a last word for sameSurname: a filed surname under its whole word ('W') and its hyphenated parts ('P'); a
 * looked-up word under 'W' and 'P' (whole against whole, or against a filed part) and its parts under 'W'.
 */
function surnameKeys(word: string, use: 'filing' | 'probe'): readonly string[] {
  const cache = surnameKeyCache[use];
  let keys = cache.get(word);
  if (keys === undefined) {
    const parts = word.split('-');
    const out = new Set<string>();
    for (const k of similarKeys(word)) {
      out.add(`W${k}`);
      if (use === 'probe') out.add(`P${k}`);
    }
    if (parts.length > 1) for (const part of parts) for (const k of similarKeys(part)) out.add(`${use === 'filing' ? 'P' : 'W'}${k}`);
    keys = [...out];
    if (cache.size > 50_000) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

/**
 * People's names filed by cluster number. `smallest` answers "the first cluster holding a name sameNameholder
 * accepts" and `some` "which clusters hold one", exactly as testing every filed name would, by testing only the
 * names filed under the keys the looked-up name could share with a match.
 */
export class NameIndex {
  private readonly surnames = new Map<string, Surname>();
  /** Surnames by keys of their whole word ('W') and of the parts of a hyphenated one ('P'). */
  private readonly surnameKeys = new Map<string, Surname[]>();
  /** First letters of the filed surnames' folded forms and of their parts (see mayShareSurname). */
  private readonly initials = new Set<string>();
  /** Words other than the last that are not given names: what a one-word name also matches. */
  private readonly innerWords = new WordIndex();

  /** Files `name` as one of the names of `cluster`. */
  add(cluster: number, name: readonly string[]): void {
    const last = name[name.length - 1]!;
    const surname = this.surname(last);
    surname.clusters.add(cluster);
    if (name.length > 1) {
      for (const key of new Set(filingKeys(name))) {
        const filed = surname.byKey.get(key);
        if (!filed) surname.byKey.set(key, { cluster, name });
        else if (filed instanceof Bucket) filed.add(cluster, name);
        else {
          const bucket = asBucket(filed)!;
          bucket.add(cluster, name);
          surname.byKey.set(key, bucket);
        }
      }
    }
    for (const word of name.slice(0, -1)) if (!isFirstName(word)) this.innerWords.add(cluster, word);
  }

  /**
   * The smallest cluster number holding a name that sameNameholder accepts with `words`, or -1; a name of two or
   * more words is only compared with names of two or more words.
   */
  smallest(words: readonly string[]): number {
    if (this.surnames.size === 0) return -1;
    let best = Infinity;
    if (words.length === 1) {
      for (const s of this.matchingSurnames(words[0]!)) best = Math.min(best, s.clusters.min);
      for (const clusters of this.innerWords.matching(words[0]!)) best = Math.min(best, clusters.min);
      return best === Infinity ? -1 : best;
    }
    const probes = probeKeys(words, 2);
    for (const s of this.matchingSurnames(words[words.length - 1]!)) {
      for (const { key, allMatch } of probes) {
        const filed = s.byKey.get(key);
        if (!filed) continue;
        if (!(filed instanceof Bucket)) {
          if (filed.cluster < best && (allMatch || sameNameholder(filed.name, words))) best = filed.cluster;
          continue;
        }
        const bucket = filed;
        if (bucket.min >= best) continue;
        if (allMatch) best = bucket.min;
        else {
          for (let k = 0; k < bucket.clusters.length && bucket.clusters[k]! < best; k++) {
            if (sameNameholder(bucket.names[k]!, words)) {
              best = bucket.clusters[k]!;
              break;
            }
          }
        }
      }
    }
    return best === Infinity ? -1 : best;
  }

  /** Up to `limit` distinct clusters holding a name at least as long as `words` that sameNameholder accepts with it. */
  some(words: readonly string[], limit: number): number[] {
    if (this.surnames.size === 0) return [];
    const minLength = words.length;
    if (words.length === 1) {
      // Every name is at least one word long: the surnames and inner words say it all.
      return firstClusters([...this.matchingSurnames(words[0]!).map((s) => s.clusters), ...this.innerWords.matching(words[0]!)], limit);
    }
    const found = new Set<number>();
    const probes = probeKeys(words, minLength);
    for (const s of this.matchingSurnames(words[words.length - 1]!)) {
      for (const { key } of probes) {
        const bucket = asBucket(s.byKey.get(key));
        if (!bucket) continue;
        for (let k = 0; k < bucket.clusters.length; k++) {
          if (found.size >= limit) return [...found];
          const cluster = bucket.clusters[k]!;
          const n = bucket.names[k]!;
          if (!found.has(cluster) && n.length >= minLength && sameNameholder(n, words)) found.add(cluster);
        }
      }
    }
    return [...found];
  }

  private surname(word: string): Surname {
    let s = this.surnames.get(word);
    if (!s) {
      s = { word, clusters: new Clusters(), byKey: new Map() };
      this.surnames.set(word, s);
      for (const w of [word, ...word.split('-')]) this.initials.add(foldName(w)[0] ?? '');
      for (const key of surnameKeys(word, 'filing')) {
        let list = this.surnameKeys.get(key);
        if (!list) this.surnameKeys.set(key, (list = []));
        list.push(s);
      }
    }
    return s;
  }

  /**
   * Whether a filed surname could be similar to `word`: similar names start with the same folded letter, and
   * sameSurname compares whole words and hyphenated parts, so some initial of the word or its parts must be filed.
   * Most capitalised words of a text are no one's surname and need no keys.
   */
  private mayShareSurname(word: string): boolean {
    for (const w of [word, ...word.split('-')]) {
      const initial = foldName(w)[0];
      if (initial !== undefined && this.initials.has(initial)) return true;
    }
    return false;
  }

  /** Filed surnames that sameSurname accepts with `word`. */
  private matchingSurnames(word: string): Surname[] {
    if (!this.mayShareSurname(word)) return [];
    const out: Surname[] = [];
    for (const key of surnameKeys(word, 'probe')) for (const s of this.surnameKeys.get(key) ?? []) if (!out.includes(s) && sameSurname(s.word, word)) out.push(s);
    return out;
  }
}
