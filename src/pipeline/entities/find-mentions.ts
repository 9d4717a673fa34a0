/**
 * Reads one block or heading and finds what its capitalised phrases name: countries (names, codes, demonyms),
 * places, organisations and people (with the title the text gives them). Capitalised words it cannot place are
 * kept as `loose` for group-entities to match against the people found anywhere in the article.
 */
import type { BlockKind, EntityType } from '../../contract/article';
import { CAPITALISED_RUN_JOINERS, isCommonWord, isFirstName, isGeographicFeature, isKnownOrganization, isLastName, isNeverSurname, isOrganizationHead, isTitle, isTitleQualifier } from '../language';
import { bracketedGivenNames, creditNameEnd, introducedNameEnd, nameRunEnd, titleBefore } from './person-rules';
import { countryAt, organizationEnd, placeAt, placeContext, regionEnd } from './place-rules';
import { isTitleCase, joinsPrevious } from './token-rules';
import { tokenizeText, type Token } from './tokenize-text';

/** Where a mention sits: a block (or a section id for its heading), with the block's kind. */
export type Target = { block: string; text: string; kind: 'heading' | BlockKind };

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
  /** A photographer's name in a photo credit. */
  inCredit: boolean;
};

/** Capitalised words that may be a known person's name or surname, resolved once all names are known. */
export type Loose = { block: string; tokens: Token[]; inCredit: boolean };

/** Splits a target into runs of capitalised words (with "of", "and" and hyphens inside), each [start, end) over tokens. */
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
      if (tokens[j - 1]!.possessive || !(joinsPrevious(tokens, j) || t.gap === '-')) break;
      if (t.capitalised) j++;
      else if (CAPITALISED_RUN_JOINERS.test(t.text) && tokens[j + 1]?.capitalised && (joinsPrevious(tokens, j + 1) || tokens[j + 1]!.gap === '-')) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Whether the word at `i` opens a sentence and names nothing ("However", "During", "The"). */
function isOpeningWord(tokens: Token[], i: number, end: number, text: string): boolean {
  const t = tokens[i]!;
  // Verbs and function words never start a name, whatever follows ("Did the Foreign Office …").
  if (isNeverSurname(t.text) && !t.allCaps && !isTitle(t.text)) return true;
  return (
    isCommonWord(t.text) &&
    !isTitle(t.text) &&
    !isTitleQualifier(t.text) &&
    !t.allCaps &&
    !countryAt(tokens, i, end, text) &&
    !placeAt(tokens, i, end, text) &&
    organizationEnd(tokens, i, end) < 0 &&
    introducedNameEnd(tokens, i, end, text) < 0 &&
    !titleBefore(tokens, i, text).titled
  );
}

/** Finds every mention in one target; in a credit line, the names beside its slashes are photographers. */
export function findMentions(target: Target): { found: Found[]; loose: Loose[] } {
  const { text, block } = target;
  const credit = target.kind === 'credit';
  const tokens = tokenizeText(text);
  // In a headline-style line every word is capitalised, so capitals and titles vouch for less.
  const titleCase = target.kind !== 'credit' && isTitleCase(tokens);
  const found: Found[] = [];
  const loose: Loose[] = [];
  const push = (type: EntityType, from: number, to: number, key: string, country: string | null, extra: Partial<Found> = {}) => {
    const a = tokens[from]!;
    const b = tokens[to - 1]!;
    found.push({ type, block, start: a.start, end: b.end, text: text.slice(a.start, b.end), key, country, inCredit: false, ...extra });
  };
  const pushPlace = (from: number, to: number, country: string | null) =>
    push('place', from, to, text.slice(tokens[from]!.start, tokens[to - 1]!.end), placeContext(tokens, from, to - from, text) ?? country);
  /** An organisation, and its acronym when the text gives it in brackets: "English Defence League (EDL)". */
  const pushOrganization = (start: number, to: number) => {
    let from = start;
    // "Matthew Continetti and Reuters": an organisation starts after the last "and"/"the" inside its run, and
    // in a headline-style line after at most three words before its head word.
    for (let j = to - 2; j > start; j--) if (/^(?:and|the)$/u.test(tokens[j]!.text)) from = Math.max(from, j + 1);
    if (titleCase) from = Math.max(from, to - 4);
    if (from > start) keepLoose(start, from);
    while (from < to - 1 && /^(?:former|senior|top|acting|then|ex)$/iu.test(tokens[from]!.text)) from++;
    const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    push('organization', from, to, name, null);
    const acronym = tokens[to];
    if (acronym?.allCaps && /\($/u.test(acronym.gap) && text[acronym.end] === ')') push('organization', to, to + 1, name, null);
  };
  const keepLoose = (from: number, to: number) => loose.push({ block, tokens: tokens.slice(from, to), inCredit: credit });
  const besideSlash = (from: number, to: number) => /[/©]/u.test(tokens[from]!.gap) || (tokens[to]?.gap ?? '').includes('/');

  for (const [runStart, runEnd] of capitalisedRuns(tokens)) {
    let i = runStart;
    while (i < runEnd && !(credit && /[/©]/u.test(tokens[i]!.gap)) && isOpeningWord(tokens, i, runEnd, text)) keepLoose(i, ++i);
    while (i < runEnd) {
      const t = tokens[i]!;
      if (!t.capitalised) {
        i++;
        continue;
      }
      if (credit && /[/©]/u.test(t.gap)) {
        const end = creditNameEnd(tokens, i, text);
        if (end > i) {
          const nameWords = tokens.slice(i, end).map((w) => w.text);
          push('person', i, end, text.slice(t.start, tokens[end - 1]!.end), null, { nameWords, description: null, inCredit: true });
          i = end;
          continue;
        }
      }
      // "The" opening a sentence is not part of the organisation it introduces.
      if (t.text === 'The' && organizationEnd(tokens, i + 1, runEnd) > i + 1) {
        i++;
        continue;
      }
      const orgEnd = organizationEnd(tokens, i, runEnd);
      if (orgEnd > i && !countryAt(tokens, i, orgEnd, text)?.words) {
        pushOrganization(i, orgEnd);
        i = orgEnd;
        continue;
      }
      const country = countryAt(tokens, i, runEnd, text);
      const next = tokens[i + (country?.words ?? 0)];
      const nextJoins = next !== undefined && next.capitalised && joinsPrevious(tokens, i + (country?.words ?? 0)) && i + (country?.words ?? 0) < runEnd;
      if (country && nextJoins && isGeographicFeature(next.text)) {
        // "Indian Ocean", "Arabian Sea": a feature of the map, not the country.
        pushPlace(i, i + country.words + 1, null);
        i += country.words + 1;
        continue;
      }
      // "Chad Wolf", "Jordan Peterson": a country's name that is also a given name, followed by a surname.
      const givenName = country?.words === 1 && nextJoins && isFirstName(t.text) && !isTitle(next.text) && !isTitleQualifier(next.text) && !countryAt(tokens, i + 1, runEnd, text) && !isOrganizationHead(next.text);
      if (country && !givenName) {
        // A demonym that opens an organisation's name ("Chinese Foreign Ministry") belongs to it.
        const inOrg = organizationEnd(tokens, i + country.words, runEnd) > i + country.words && !isTitle(next?.text ?? '');
        if (inOrg && orgEnd > i) {
          pushOrganization(i, orgEnd);
          i = orgEnd;
          continue;
        }
        push('country', i, i + country.words, country.country, country.country);
        i += country.words;
        continue;
      }
      const region = regionEnd(tokens, i, runEnd);
      if (region > i) {
        pushPlace(i, region, null);
        i = region;
        continue;
      }
      const longPlace = placeAt(tokens, i, runEnd, text);
      if (longPlace && longPlace.words > 1) {
        pushPlace(i, i + longPlace.words, longPlace.country);
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
      const { names: bracketed, from: nameFrom } = bracketedGivenNames(tokens, i);
      const title = titleBefore(tokens, nameFrom, text);
      const introduced = titleCase ? -1 : introducedNameEnd(tokens, i, runEnd, text);
      const trusted = (title.titled && !titleCase) || bracketed.length > 0;
      const runTo = introduced > i ? introduced : nameRunEnd(tokens, i, runEnd, text, trusted);
      const words = tokens.slice(i, runTo).filter((w) => w.capitalised).map((w) => w.text);
      const first = words[0] ?? '';
      const isPerson =
        runTo > i &&
        (title.titled ||
          bracketed.length > 0 ||
          introduced > i ||
          (words.length >= 2 && (isFirstName(first) || (!titleCase && isLastName(first)))));
      if (isPerson && !(words.length === 1 && placeAt(tokens, i, i + 1, text))) {
        let from = i;
        const nameWords = [...bracketed, ...words];
        // "Jean-Claude Juncker": a hyphenated given name.
        const before = tokens[i - 1];
        if (t.gap === '-' && before?.capitalised && isFirstName(before.text) && !bracketed.length) {
          from = i - 1;
          nameWords[0] = text.slice(before.start, t.end);
        }
        const inCredit = credit && besideSlash(from, runTo);
        const key = bracketed.length ? nameWords.join(' ') : text.slice(tokens[from]!.start, tokens[runTo - 1]!.end);
        push('person', from, runTo, key, title.country, { nameWords, description: title.description, inCredit });
        i = runTo;
        continue;
      }
      const place = placeAt(tokens, i, runEnd, text);
      if (place) {
        pushPlace(i, i + place.words, place.country);
        i += place.words;
        continue;
      }
      if (isKnownOrganization(t.text)) {
        pushOrganization(i, i + 1);
        i++;
        continue;
      }
      // An unknown place named by its context: "the Russian city of Sochi", "Ukraine's Donbas region".
      const context = isCommonWord(t.text) ? null : placeContext(tokens, i, 1, text);
      if (context && (tokens[i - 1]?.text === 'of' || tokens[i - 1]?.possessive)) {
        let k = 1;
        while (i + k < runEnd && tokens[i + k]!.capitalised && !isCommonWord(tokens[i + k]!.text)) k++;
        push('place', i, i + k, text.slice(t.start, tokens[i + k - 1]!.end), context);
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
