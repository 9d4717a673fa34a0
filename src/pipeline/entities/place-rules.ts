/** Which capitalised words name a country, a place or an organisation, and the country a place's context gives. */
import { CAPITALS, CITIES, COUNTRY_FORMS, LOCATING_PREPOSITIONS, MAX_COUNTRY_WORDS, PLACE_NOUNS, REGION_PREFIXES, REGIONS, countryOfRomanisedPlace, isCommonWord, isFirstName, isKnownPlace, isLastName, isOrganizationHead, isOrganizationOpener, isPlaceHead, isTitle, placeKey, isTrailingOrganizationHead, listsSubjects, opensOrganizationWith } from '../language';
import { isShouting, joinsPrevious, lower, sliceOf } from './token-rules';
import type { Token } from './tokenize-text';

/** The country named by the words at `i` (a name, a code such as "US" or "U.S.", a demonym), and how many words. */
export function countryAt(tokens: Token[], i: number, end: number, text: string): { words: number; country: string } | null {
  for (let k = Math.min(MAX_COUNTRY_WORDS, end - i); k >= 1; k--) {
    const first = tokens[i]!;
    const form = COUNTRY_FORMS.get(sliceOf(text, first, tokens[i + k - 1]!).toLowerCase());
    if (!form) continue;
    if (form.kind === 'abbreviation' ? !(first.allCaps || first.text.includes('.')) || isShouting(text) : !first.capitalised) continue;
    const before = tokens[i - 1];
    if (k === 1 && before?.capitalised && first.gap === ' ' && REGION_PREFIXES.has(lower(before))) continue;
    return { words: k, country: form.country };
  }
  return null;
}

/** The capital, city or region named at `i` (longest first), with its country when the data knows it. */
/** Whether the data names a place so (a capital, a city, a region): "Virginia", "Georgia", "Florence". */
export const isPlaceName = (name: string): boolean => {
  const key = placeKey(name);
  return CAPITALS.has(key) || CITIES.has(key) || REGIONS.has(key);
};

export function placeAt(tokens: Token[], i: number, end: number, text: string): { words: number; country: string | null } | null {
  for (let k = Math.min(3, end - i); k >= 1; k--) {
    const name = sliceOf(text, tokens[i]!, tokens[i + k - 1]!).toLowerCase();
    const key = placeKey(name);
    const country = CAPITALS.get(key) ?? CITIES.get(key);
    if (country) return { words: k, country };
    // A region: one compromise knows ("Florida"), or one the gazetteer lists whose name is no English word or
    // name and that the text places ("in Diyala", "from Ladakh", "Hubei province").
    const region = REGIONS.get(key);
    if (isKnownPlace(name)) return { words: k, country: region ?? countryOfRomanisedPlace(key, CAPITALS) };
    const words = tokens.slice(i, i + k);
    const placed = k > 1 || LOCATING_PREPOSITIONS.has(tokens[i - 1]?.text ?? '') || PLACE_NOUNS.has(tokens[i + k]?.text ?? '');
    const romanised = placed && !region ? countryOfRomanisedPlace(key, CAPITALS) : null;
    if (romanised) return { words: k, country: romanised };
    if (region && placed && !words.some((t) => t.allCaps || isCommonWord(t.text) || isFirstName(t.text) || isLastName(t.text)))
      return { words: k, country: region };
  }
  return null;
}

/** The country that "the Russian city of Sochi", "Ukraine's Donbas region" or "Helsinki, Finland" gives a place. */
export function placeContext(tokens: Token[], i: number, k: number, text: string): string | null {
  const countryOf = (j: number) => (j >= 0 ? (countryAt(tokens, j, j + 1, text)?.country ?? null) : null);
  // "<country> city of X", "<country> capital X"
  const noun = lower(tokens[i - 1] ?? tokens[i]!) === 'of' ? i - 2 : i - 1;
  if (noun >= 1 && PLACE_NOUNS.has(lower(tokens[noun]!))) {
    const c = countryOf(noun - 1);
    if (c) return c;
  }
  // "<country>'s X region"
  const before = tokens[i - 1];
  const after = tokens[i + k];
  if (before?.possessive && after && PLACE_NOUNS.has(lower(after))) {
    const c = countryOf(i - 1);
    if (c) return c;
  }
  // "X, <country>" — when the country closes the phrase ("Helsinki, Finland."), not "Wuhan, US officials".
  const closing = tokens[i + k + 1];
  if (after && /^,\s$/u.test(after.gap) && (!closing || closing.capitalised || !/^\s$/u.test(closing.gap))) return countryOf(i + k);
  return null;
}

/**
 * organizationEnd runs from every word of a capitalised run, and scanning the rest of the run each time made long runs
 * quadratic (8,000 capitalised title words in one line: 3.9 s; "Ministry X" 4,000 times: 2.3 s). Two tables per
 * token list make it linear: where the next organisation head is, and (per run end) which head is the first to close
 * an organisation. The answers are the same as the word-by-word scan's.
 */
const nextHeads = new WeakMap<readonly Token[], Int32Array>();
const closingHeads = new WeakMap<readonly Token[], Map<number, Map<number, number>>>();

/** For each token index, the first organisation head at or after it (tokens.length when none). */
function nextOrganizationHead(tokens: readonly Token[]): Int32Array {
  let next = nextHeads.get(tokens);
  if (!next) {
    next = new Int32Array(tokens.length + 1).fill(tokens.length);
    for (let j = tokens.length - 1; j >= 0; j--) next[j] = isOrganizationHead(tokens[j]!.text) ? j : next[j + 1]!;
    nextHeads.set(tokens, next);
  }
  return next;
}

/** Where the organisation closed by the head at `j` ends, or -1 when it closes none; `first`: `j` opens the phrase. */
function endAtHead(tokens: Token[], j: number, end: number, first: boolean): number {
  const t = tokens[j]!;
  if (opensOrganizationWith(t.text, tokens[j + 1]?.text ?? '') && tokens[j + 2]?.capitalised) {
    // "University of Ottawa", "Wuhan Institute of Virology", "Committee on Foreign Affairs" — but not the "Director" after it.
    let k = j + 3;
    // "of" joins a capitalised run, "on" does not: after "on" the name's words run on past the run's end.
    if (tokens[j + 1]!.text === 'on') end = tokens.length;
    for (;;) {
      // A given name after the organisation's own words starts the person it titles ("Ministry of Finance Brian Manning").
      while (k < end && tokens[k]!.capitalised && !isTitle(tokens[k]!.text) && joinsPrevious(tokens, k) && !(isFirstName(tokens[k]!.text) && tokens[k + 1]?.capitalised && joinsPrevious(tokens, k + 1))) k++;
      // "Ministry of Health and Family Welfare": a body's subjects, joined by "and".
      const and = tokens[k];
      const subject = tokens[k + 1];
      if (!(listsSubjects(t.text) && and?.text === 'and' && joinsPrevious(tokens, k) && subject?.capitalised && joinsPrevious(tokens, k + 1) && !isTitle(subject.text) && !isFirstName(subject.text))) break;
      k += 2;
    }
    return k;
  }
  const next = tokens[j + 1];
  const last = j === end - 1 || (next !== undefined && isTitle(next.text)) || (next?.capitalised === false);
  return last && (!first || (!isCommonWord(t.text) && !isTrailingOrganizationHead(t.text))) ? j + 1 : -1;
}

/** The first head at or after `from` (and before `end`) that closes an organisation when it is not the phrase's first word; `end` when none. */
function firstClosingHead(tokens: Token[], from: number, end: number): number {
  const heads = nextOrganizationHead(tokens);
  let byEnd = closingHeads.get(tokens);
  if (!byEnd) closingHeads.set(tokens, (byEnd = new Map()));
  let known = byEnd.get(end);
  if (!known) byEnd.set(end, (known = new Map()));
  const visited: number[] = [];
  let answer = end;
  for (let at = from; at < end; ) {
    const cached = known.get(at);
    if (cached !== undefined) {
      answer = cached;
      break;
    }
    visited.push(at);
    const head = heads[at]!;
    if (head >= end) break;
    if (endAtHead(tokens, head, end, false) >= 0) {
      answer = head;
      break;
    }
    at = head + 1;
  }
  for (const at of visited) known.set(at, answer);
  return answer;
}

const strayOfs = new WeakMap<readonly Token[], Int32Array>();

/** For each token index, the first "of" at or after it that does not follow an organisation opener ("University of"). */
function nextStrayOf(tokens: readonly Token[]): Int32Array {
  let next = strayOfs.get(tokens);
  if (!next) {
    next = new Int32Array(tokens.length + 1).fill(tokens.length);
    for (let j = tokens.length - 1; j >= 0; j--) next[j] = tokens[j]!.text === 'of' && !isOrganizationOpener(tokens[j - 1]?.text ?? '') ? j : next[j + 1]!;
    strayOfs.set(tokens, next);
  }
  return next;
}

/** Where an organisation starting at `i` ends ("… Ministry", "University of …", "… Court" before a title), else -1. */
export function organizationEnd(tokens: Token[], i: number, end: number): number {
  if (i >= end) return -1;
  let from = i;
  if (nextOrganizationHead(tokens)[i] === i) {
    const own = endAtHead(tokens, i, end, true);
    if (own >= 0) return own;
    from = i + 1;
  }
  const head = firstClosingHead(tokens, from, end);
  // "Bjorn Olsen of Uppsala University": the organisation starts after an "of" that opens no name of its own.
  if (nextStrayOf(tokens)[from]! < head) return -1;
  return head < end ? endAtHead(tokens, head, end, false) : -1;
}

/** Where a region named by its head word ends ("Clark County", "Hubei Province"), else -1. */
export function regionEnd(tokens: Token[], i: number, end: number): number {
  for (let j = i + 1; j < end && j - i < 4; j++) if (isPlaceHead(tokens[j]!.text)) return j + 1;
  return -1;
}
