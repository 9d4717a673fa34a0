/**
 * Reads one block or heading and finds what its capitalised phrases name: countries (names, codes, demonyms),
 * places, organisations and people (with the title the text gives them). Words that might be a person's surname
 * on their own are kept as `loose` tokens for link-people to resolve once every full name is known.
 */
import type { EntityType } from '../../contract/article';
import { CITIES } from '../lexicon/cities';
import { CAPITALS, COUNTRY_FORMS, MAX_COUNTRY_WORDS } from '../lexicon/countries';
import {
  NAME_CONNECTORS,
  PLACE_NOUNS,
  isCommonWord,
  isFirstName,
  isHonorific,
  isKnownOrganization,
  isKnownPlace,
  isLastName,
  isOrganizationHead,
  isOrganizationOpener,
  isTitle,
  isTitleQualifier,
} from '../lexicon/words';
import { tokenizeText, type Token } from './tokenize-text';

/** Where a mention sits: a block (or a section id for its heading), with the block's kind. */
export type Target = { block: string; text: string; kind: 'heading' | 'paragraph' | 'caption' | 'credit' | 'teaser' | 'related' };

/** A found mention, before mentions are grouped into entities. */
export type Found = {
  type: EntityType;
  block: string;
  start: number;
  end: number;
  text: string;
  /** Canonical form for grouping: a country's name, a place's or organisation's name, a person's full name. */
  key: string;
  /** Places: their country; people: the country their title names. */
  country: string | null;
  /** People: name words (with a bracketed given name the text supplies); the title the text gives them. */
  nameWords?: string[];
  description?: string | null;
  inCredit: boolean;
};

/** Capitalised words that may be a known person's name or surname, resolved once all names are known. */
export type Loose = { block: string; tokens: Token[]; inCredit: boolean };

/** Compass and "New"-style words that make "South America", "New Mexico" something other than the country. */
const REGION_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'latin', 'upper', 'lower', 'greater']);
/** Lower-case particles inside a person's name ("Ludwig van Beethoven"), unlike "and" or "of" in organisations. */
const PERSON_CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'du']);
/** Gaps that keep a capitalised phrase together: one space, or a space after a closing editorial bracket. */
const JOINING_GAP = /^ $/u;
/** Gaps that end a title's reach: sentence or clause punctuation. */
const BREAKING_GAP = /[.,;:!?()"“”«»—–]|\s-\s/u;

const lower = (t: Token) => t.text.toLowerCase();
const sliceOf = (text: string, from: Token, to: Token) => text.slice(from.start, to.end);

/** A line mostly in capitals, where "US" may be the pronoun and no code counts. */
const isShouting = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
};

/** A headline-style line: most words of four letters or more are capitalised. */
function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.text.length > 3);
  return long.length > 0 && long.filter((t) => t.capitalised).length / long.length > 0.6;
}

function countryAt(tokens: Token[], i: number, end: number, text: string): { words: number; country: string } | null {
  for (let k = Math.min(MAX_COUNTRY_WORDS, end - i); k >= 1; k--) {
    const last = tokens[i + k - 1]!;
    const form = COUNTRY_FORMS.get(sliceOf(text, tokens[i]!, last).toLowerCase());
    if (!form) continue;
    const first = tokens[i]!;
    if (form.kind === 'abbreviation' ? !(first.allCaps || first.text.includes('.')) || isShouting(text) : !first.capitalised) continue;
    const before = tokens[i - 1];
    if (k === 1 && before && before.capitalised && JOINING_GAP.test(first.gap) && REGION_PREFIXES.has(lower(before))) continue;
    return { words: k, country: form.country };
  }
  return null;
}

function placeAt(tokens: Token[], i: number, end: number, text: string): { words: number; country: string | null } | null {
  for (let k = Math.min(3, end - i); k >= 1; k--) {
    const name = sliceOf(text, tokens[i]!, tokens[i + k - 1]!).toLowerCase();
    const country = CAPITALS.get(name) ?? CITIES.get(name);
    if (country) return { words: k, country };
    if (isKnownPlace(name)) return { words: k, country: null };
  }
  return null;
}

/** The country a "Russian city of Sochi" / "Ukraine's Donbas region" / "Helsinki, Finland" context gives a place. */
function placeContext(tokens: Token[], i: number, k: number, text: string): string | null {
  // "<country> city of X" or "<country>'s capital X"
  const noun = tokens[i - 1];
  const of = noun && lower(noun) === 'of' ? tokens[i - 2] : noun;
  const owner = of && PLACE_NOUNS.has(lower(of)) ? tokens[tokens.indexOf(of) - 1] : null;
  if (owner) {
    const c = countryAt(tokens, tokens.indexOf(owner), tokens.indexOf(owner) + 1, text);
    if (c) return c.country;
  }
  // "X region" after "<country>'s"
  const before = tokens[i - 1];
  const after = tokens[i + k];
  if (before?.possessive && after && PLACE_NOUNS.has(lower(after))) {
    const c = countryAt(tokens, i - 1, i, text);
    if (c) return c.country;
  }
  // "Helsinki, Finland"
  if (after && /^,\s$/u.test(after.gap)) {
    const c = countryAt(tokens, i + k, tokens.length, text);
    if (c && c.words >= 1) return c.country;
  }
  return null;
}

/** The title the text gives a person whose name starts at token `i`: "Russian Foreign Minister", "Kremlin aide". */
function titleBefore(tokens: Token[], i: number, text: string): { description: string | null; country: string | null; titled: boolean } {
  let first = i;
  let titled = false;
  let honorificOnly = true;
  let country: string | null = null;
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    const t = tokens[j]!;
    const next = tokens[j + 1]!;
    if (BREAKING_GAP.test(next.gap) || next.gap.includes('[')) break;
    if (t.possessive && j !== i - 1) break;
    const c = countryAt(tokens, j, j + 1, text);
    if (isTitle(t.text)) {
      titled = true;
      if (!isHonorific(t.text)) honorificOnly = false;
    } else if (c) country ??= c.country;
    else if (!isTitleQualifier(t.text) && !(t.capitalised && titled)) break;
    first = j;
  }
  if (!titled) return { description: null, country: null, titled: false };
  // Drop leading qualifiers that qualify nothing ("the"), keep "former".
  while (first < i - 1 && /^(?:the|a|an)$/iu.test(tokens[first]!.text)) first++;
  const description = honorificOnly ? null : text.slice(tokens[first]!.start, tokens[i - 1]!.end);
  return { description, country, titled };
}

/** Index just past the run of name words starting at `i`, or `i` when no name starts here. */
function nameRunEnd(tokens: Token[], i: number, end: number, text: string, trusted: boolean): number {
  let j = i;
  while (j < end && j - i < 4) {
    const t = tokens[j]!;
    if (j > i && !JOINING_GAP.test(t.gap)) break;
    if (!t.capitalised) {
      if (PERSON_CONNECTORS.has(t.text) && j + 1 < end && tokens[j + 1]!.capitalised && j > i) {
        j++;
        continue;
      }
      break;
    }
    if (isTitle(t.text) || countryAt(tokens, j, j + 1, text) || isOrganizationHead(t.text)) break;
    // A common word can be a surname right after a given name ("Donald Trump"), and then ends the name.
    if (isCommonWord(t.text) && !isFirstName(t.text) && !t.allCaps) {
      // After a title, a name may start with one ("Director Wang Yanyi").
      if (j === i && trusted) {
        j++;
        continue;
      }
      if (j === i + 1 && (trusted || isFirstName(tokens[i]!.text))) j++;
      break;
    }
    j++;
    if (t.possessive) break;
  }
  while (j > i && !tokens[j - 1]!.capitalised) j--;
  return j;
}

/** Splits a target into runs of capitalised words (with connectors), each [start, end) over tokens. */
function capitalisedRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capitalised) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (tokens[j - 1]!.possessive || !(JOINING_GAP.test(t.gap) || t.gap === '-')) break;
      if (t.capitalised) j++;
      else if (NAME_CONNECTORS.has(t.text) && tokens[j + 1]?.capitalised && JOINING_GAP.test(tokens[j + 1]!.gap)) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Given names inside an editorial bracket right before token `i`: "[Nicolas] Maduro", "[opposition leader Juan] Guaido". */
function bracketedGivenNames(tokens: Token[], i: number): string[] {
  if (!/^\]\s*$/u.test(tokens[i]!.gap)) return [];
  const names: string[] = [];
  for (let j = i - 1; j >= 0 && tokens[j]!.capitalised; j--) {
    names.unshift(tokens[j]!.text);
    if (tokens[j]!.gap.includes('[')) break;
  }
  return names;
}

/** Where the organisation in a run ends when it has one: "... Ministry", "University of ...", else -1. */
function organizationEnd(tokens: Token[], i: number, end: number): number {
  for (let j = end - 1; j >= i; j--) {
    const t = tokens[j]!;
    if (!isOrganizationHead(t.text)) continue;
    if (j === end - 1 && (j > i || !isCommonWord(t.text))) return end;
    if (isOrganizationOpener(t.text) && tokens[j + 1]?.text === 'of' && tokens[j + 2]?.capitalised) {
      // "University of Ottawa", "Wuhan Institute of Virology" — but not the "Director" after it.
      let k = j + 3;
      while (k < end && tokens[k]!.capitalised && !isTitle(tokens[k]!.text) && JOINING_GAP.test(tokens[k]!.gap)) k++;
      return k;
    }
  }
  return -1;
}

/** A name right after a credit's slash: "© Sputnik / Ramil Sitdikov", "© AFP 2019 / Paul CROCK"; its end, or -1. */
function creditNameEnd(tokens: Token[], i: number, text: string): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j]!;
    if ((j > i && !JOINING_GAP.test(t.gap)) || !t.capitalised || /\p{N}/u.test(t.text)) break;
    if (countryAt(tokens, j, j + 1, text) || isTitle(t.text) || isOrganizationHead(t.text)) break;
    if (isCommonWord(t.text) && !t.allCaps && !isFirstName(t.text)) break;
    j++;
  }
  const words = tokens.slice(i, j);
  const first = words[0];
  return words.length >= 2 && first && !isKnownOrganization(first.text) && !(first.allCaps && first.text.length <= 3) ? j : -1;
}

/**
 * A two- or three-word name followed by an apposition that says who it is ("Sarosh Zaiwalla, a London-based lawyer",
 * "Yuan Zhiming, vice director"): the end of the name, or -1.
 */
function appositionNameEnd(tokens: Token[], i: number, end: number, text: string): number {
  let j = i;
  while (j < end && j - i < 3 && tokens[j]!.capitalised && (j === i || JOINING_GAP.test(tokens[j]!.gap))) {
    if (isTitle(tokens[j]!.text) || countryAt(tokens, j, j + 1, text) || placeAt(tokens, j, j + 1, text)) return -1;
    j++;
  }
  const next = tokens[j];
  if (j - i < 2 || !next || !/^,\s$/u.test(next.gap) || isCommonWord(tokens[j - 1]!.text)) return -1;
  return /^(?:a|an|who)$/u.test(next.text) || isTitle(next.text) || isTitleQualifier(next.text) ? j : -1;
}

/** Finds every mention in one target; in a credit line, the names after its slashes are photographers. */
export function findMentions(target: Target): { found: Found[]; loose: Loose[] } {
  const { text, block } = target;
  const inCredit = target.kind === 'credit';
  const tokens = tokenizeText(text);
  const titleCase = isTitleCase(tokens);
  const found: Found[] = [];
  const loose: Loose[] = [];
  const push = (type: EntityType, from: number, to: number, key: string, country: string | null, extra: Partial<Found> = {}) => {
    const a = tokens[from]!;
    const b = tokens[to - 1]!;
    found.push({ type, block, start: a.start, end: b.end, text: text.slice(a.start, b.end), key, country, inCredit, ...extra });
  };
  const keepLoose = (from: number, to: number) => loose.push({ block, tokens: tokens.slice(from, to), inCredit });

  for (const [runStart, runEnd] of capitalisedRuns(tokens)) {
    let i = runStart;
    // Sentence-opening function words ("However", "During") belong to no name.
    while (i < runEnd && isCommonWord(tokens[i]!.text) && !isTitle(tokens[i]!.text) && !isTitleQualifier(tokens[i]!.text) && !tokens[i]!.allCaps && !countryAt(tokens, i, runEnd, text) && !placeAt(tokens, i, runEnd, text) && organizationEnd(tokens, i, runEnd) < 0 && appositionNameEnd(tokens, i, runEnd, text) < 0) {
      keepLoose(i, i + 1);
      i++;
    }
    const orgEnd = organizationEnd(tokens, i, runEnd);
    if (orgEnd > i) {
      const name = text.slice(tokens[i]!.start, tokens[orgEnd - 1]!.end);
      push('organization', i, orgEnd, name, null);
      i = orgEnd;
    }
    while (i < runEnd) {
      const t = tokens[i]!;
      if (!t.capitalised) {
        i++;
        continue;
      }
      if (inCredit && t.gap.includes('/')) {
        const creditEnd = creditNameEnd(tokens, i, text);
        if (creditEnd > i) {
          const nameWords = tokens.slice(i, creditEnd).map((w) => w.text);
          push('person', i, creditEnd, nameWords.join(' '), null, { nameWords, description: null });
          i = creditEnd;
          continue;
        }
      }
      const country = countryAt(tokens, i, runEnd, text);
      if (country) {
        push('country', i, i + country.words, country.country, country.country);
        i += country.words;
        continue;
      }
      const longPlace = placeAt(tokens, i, runEnd, text);
      if (longPlace && longPlace.words > 1) {
        const country = placeContext(tokens, i, longPlace.words, text) ?? longPlace.country;
        push('place', i, i + longPlace.words, text.slice(t.start, tokens[i + longPlace.words - 1]!.end), country);
        i += longPlace.words;
        continue;
      }
      if (isTitle(t.text) || isTitleQualifier(t.text)) {
        i++;
        continue;
      }
      // A given name in an editorial bracket ("[Nicolas] Maduro") goes with the name after the bracket.
      if (tokens[i + 1]?.capitalised && /^\]\s*$/u.test(tokens[i + 1]!.gap)) {
        i++;
        continue;
      }
      const title = titleBefore(tokens, i, text);
      const bracketed = bracketedGivenNames(tokens, i);
      const apposition = appositionNameEnd(tokens, i, runEnd, text);
      // In a title-case line every word is capitalised, so a title does not vouch for the word after it ("Aide Responds").
      const trusted = (title.titled && !titleCase) || bracketed.length > 0;
      const runTo = apposition > i ? apposition : nameRunEnd(tokens, i, runEnd, text, trusted);
      const words = tokens.slice(i, runTo).filter((w) => w.capitalised).map((w) => w.text);
      const first = words[0] ?? '';
      const isPerson =
        runTo > i &&
        (title.titled ||
          bracketed.length > 0 ||
          (words.length >= 2 && (isFirstName(first) || isLastName(first))) ||
          apposition > i);
      if (isPerson && !(words.length === 1 && placeAt(tokens, i, i + 1, text))) {
        const nameWords = bracketed.length ? [...bracketed.filter((w) => !isTitle(w)), ...words] : words;
        push('person', i, runTo, nameWords.join(' '), title.country, { nameWords, description: title.description });
        i = runTo;
        continue;
      }
      const place = placeAt(tokens, i, runEnd, text);
      if (place) {
        const country = placeContext(tokens, i, place.words, text) ?? place.country;
        push('place', i, i + place.words, text.slice(tokens[i]!.start, tokens[i + place.words - 1]!.end), country);
        i += place.words;
        continue;
      }
      if (isKnownOrganization(t.text)) {
        push('organization', i, i + 1, t.text, null);
        i++;
        continue;
      }
      // An unknown place named by its context: "the Russian city of Sochi", "Ukraine's Donbas region".
      const context = isCommonWord(t.text) ? null : placeContext(tokens, i, 1, text);
      if (context && (tokens[i - 1]?.text === 'of' || tokens[i - 1]?.possessive)) {
        let k = 1;
        while (i + k < runEnd && tokens[i + k]!.capitalised && !isCommonWord(tokens[i + k]!.text)) k++;
        push('place', i, i + k, text.slice(tokens[i]!.start, tokens[i + k - 1]!.end), context);
        i += k;
        continue;
      }
      // Unresolved words may still be a known person's name ("Lavrov said", "Jabeur Fathally said").
      const to = Math.max(runTo, i + 1);
      keepLoose(i, to);
      i = to;
    }
  }
  return { found, loose };
}
