/**
 * Reads one block or heading and finds what its capitalised phrases name: countries (names, codes, demonyms),
 * places, organisations and people (with the title the text gives them). Capitalised words it cannot place are
 * kept as `loose` for group-entities to match against the people found anywhere in the article.
 */
import type { BlockKind, EntityType } from '../../contract/article';
import { CAPITALISED_RUN_JOINERS, PERSON_CONNECTORS, isCommonWord, isFirstName, isGeographicFeature, isKnownOrganization, isLastName, isNameSuffix, isNamedThingNoun, isNeverSurname, isOrganizationHead, isTitle, isTitleQualifier } from '../language';
import { bracketedGivenNames, creditNameEnd, introducedNameEnd, nameRunEnd, titleBefore } from './person-rules';
import { countryAt, isPlaceName, organizationEnd, placeAt, placeContext, regionEnd } from './place-rules';
import { continuesNameWord, isTitleCase, joinsPrevious } from './token-rules';
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
  /** A name in a credit line (a byline, a photo credit): who made the story, not who is in it. */
  inCredit: boolean;
  /** A name a byline gives as the story's author ("By Jane Doe", "Analysis by …"). */
  byline?: boolean;
  /** A name followed by the noun of a thing named after someone ("Walter Reed hospital"): not a person here. */
  namesThing?: boolean;
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
      if (t.capitalised || continuesNameWord(tokens, j)) j++;
      else if (CAPITALISED_RUN_JOINERS.test(t.text) && tokens[j + 1]?.capitalised && (joinsPrevious(tokens, j + 1) || tokens[j + 1]!.gap === '-')) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * The words of the name over tokens [from, to): its capitalised words, a hyphenated word kept whole
 * ("Phoebe Waller-Bridge", "Moon Jae-in"); not a suffix ("Jr"), which tells no one apart from the same name without it.
 */
export function nameWordsOf(tokens: Token[], from: number, to: number, text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && start >= 0 && continuesNameWord(tokens, k)) words[words.length - 1] = text.slice(start, t.end);
    else if (t.capitalised && !(k === to - 1 && k > from + 1 && isNameSuffix(t.text))) {
      words.push(t.text);
      start = t.start;
    }
  }
  return words;
}

/** A dateline's place in capitals, then perhaps ", REGION" and an agency in brackets, then a dash: "KHAN YOUNIS, GAZA —". */
const DATELINE_AFTER = /^(?:,\s*[\p{Lu}][\p{Lu}\s.]*)?\s*(?:\([^)]{1,30}\)\s*)?[—–]/u;

/** Whether the paragraph opens with a dateline whose place is the first `end` tokens, all in capitals. */
function isDateline(tokens: Token[], end: number, text: string): boolean {
  for (let k = 0; k < end; k++) if (!tokens[k]!.allCaps) return false;
  return DATELINE_AFTER.test(text.slice(tokens[end - 1]!.end));
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

/**
 * Whether the name at token `i` is a byline's author: right after a "by" that opens the line or follows its first
 * word ("By Jane Doe", "Analysis by …", "Photograph by …"), not a "by" inside a sentence ("led by …").
 */
function isBylineName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !joinsPrevious(tokens, i)) return false;
  if (i <= 2 && /^by$/iu.test(before.text)) return true;
  // "By JAKE SHERMAN and ANNA PALMER": a second author.
  if (before.text !== 'and') return false;
  const by = tokens.findIndex((t) => /^by$/iu.test(t.text));
  return by >= 0 && by <= 1 && i - by <= 6 && tokens.slice(by + 1, i - 1).every((t) => t.capitalised);
}

/** A name right beside a slash with no space, as photo credits write it: "Alex Wong/Getty Images", "AP Photo/Ted S. Warren". */
function isSlashCredit(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  return (tokens[from]!.gap === '/' && tokens[from - 1]!.capitalised) || (after !== undefined && after.gap === '/' && after.capitalised);
}

/**
 * Other places a story's makers are named in: an author after a link ("… (Aimee Cunningham — Science News)"), an
 * embedded post's signature ("— Helen Hims (@helenhims)"), a name beside a spaced slash in a furniture line ("Toni
 * L. Sandys / The Washington Post / Getty Images"), a name that is a whole teaser or credit line or follows "from"
 * in one ("Emiliano Bellini", "More articles from …").
 */
function isMakerName(target: Target, tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const after = tokens[to];
  // A short look past the name, not the rest of the block: a block of thousands of names stays linear.
  const end = tokens[to - 1]!.end;
  const rest = target.text.slice(end, end + 48);
  const atBlockEnd = target.text.length - end <= 48;
  if (atBlockEnd && /\($/u.test(first.gap) && /^\s[—–-]\s[^()]{1,40}\)\s*$/u.test(rest)) return true;
  if (/[—–]\s$/u.test(first.gap) && after?.gap === ' (@') return true;
  if (target.kind === 'paragraph' || target.kind === 'heading' || target.kind === 'embed') return false;
  if (/^\s\/\s/u.test(rest) || /\s\/\s$/u.test(first.gap)) return true;
  // Not a caption: a photo of a person is captioned with their name alone.
  if (target.kind === 'caption') return false;
  if (from === 0 && to === tokens.length && atBlockEnd && /^\s*$/u.test(rest)) return true;
  return from <= 3 && /^from$/iu.test(tokens[from - 1]?.text ?? '') && to === tokens.length;
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
  const besideSlash = (from: number, to: number) => /[/©]/u.test(tokens[from]!.gap) || (tokens[to]?.gap ?? '').includes('/');
  const keepLoose = (from: number, to: number) => {
    let end = to;
    while (end > from + 1 && !tokens[end - 1]!.capitalised) end--; // "Donald Trump and | Twitter Inc": not the "and"
    loose.push({ block, tokens: tokens.slice(from, end), inCredit: credit });
  };

  for (const [runStart, runEnd] of capitalisedRuns(tokens)) {
    if (runStart === 0 && target.kind === 'paragraph' && isDateline(tokens, runEnd, text)) {
      // "KHAN YOUNIS, GAZA — …": a dateline opens with the place the story was filed from.
      if (!countryAt(tokens, 0, runEnd, text)) {
        pushPlace(0, runEnd, placeAt(tokens, 0, runEnd, text)?.country ?? null);
        continue;
      }
    }
    let i = runStart;
    // A given name that a hyphen joins to the next ("Jean-Claude") opens a name, not a sentence.
    // So does a particle hyphened to a surname ("Al-Kahlout", "El-Sisi").
    const opensName = (k: number) =>
      continuesNameWord(tokens, k + 1) && (isFirstName(tokens[k]!.text) || isFirstName(tokens[k + 1]!.text) || PERSON_CONNECTORS.has(tokens[k]!.text.toLowerCase()));
    while (i < runEnd && !(credit && /[/©]/u.test(tokens[i]!.gap)) && !opensName(i) && isOpeningWord(tokens, i, runEnd, text)) keepLoose(i, ++i);
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
      const words = nameWordsOf(tokens, i, runTo, text);
      // A name may open with an initial ("C. Eugene Steuerle"): its given name is the word after it.
      const opening = (/^\p{Lu}$/u.test(words[0] ?? '') && words.length >= 3 ? words[1] : words[0]) ?? '';
      const parts = opening.split('-'); // "Jean-Claude" is a given name when "Jean" or "Claude" is
      const isPerson =
        runTo > i &&
        (title.titled ||
          bracketed.length > 0 ||
          introduced > i ||
          (words.length >= 2 && (parts.some(isFirstName) || (!titleCase && isLastName(parts[0]!)))));
      // "a Virginia Democrat", "the Virginia Democrat": after an article, a place that is also a given name says where
      // someone is from.
      const placeThenNoun = words.length === 2 && !title.titled && /^(?:an?|the)$/iu.test(tokens[i - 1]?.text ?? '') && isPlaceName(words[0]!);
      // "Walter Reed hospital", "the Hyde amendment": a name that names a thing.
      const after = tokens[runTo];
      const namesThing = after !== undefined && after.gap === ' ' && !tokens[runTo - 1]!.possessive && !after.capitalised && isNamedThingNoun(after.text);
      if (isPerson && !placeThenNoun && !(words.length === 1 && placeAt(tokens, i, i + 1, text))) {

        let from = i;
        const nameWords = [...bracketed, ...words];
        // "Jean-Claude Juncker": a hyphenated given name.
        const before = tokens[i - 1];
        if (t.gap === '-' && before?.capitalised && isFirstName(before.text) && !bracketed.length) {
          from = i - 1;
          nameWords[0] = text.slice(before.start, t.end);
        }
        // A credit: beside a slash a photographer, after a byline's "by" an author. A caption run on after a
        // credit ("© Agency / Name Soldier X hoisted …") names people of the story.
        // A misread byline may be any short block ("By Justine Coleman - 11/18/19" read as a caption).
        const bylineBlock = target.kind !== 'heading' && (target.kind !== 'paragraph' || tokens.length <= 12);
        const byline = bylineBlock && isBylineName(tokens, from);
        const inCredit = (credit && besideSlash(from, runTo)) || byline || isSlashCredit(tokens, from, runTo) || isMakerName(target, tokens, from, runTo);
        // "Jr." keeps its full stop.
        const last = tokens[runTo - 1]!;
        const endAt = isNameSuffix(last.text) && text[last.end] === '.' ? last.end + 1 : last.end;
        const key = bracketed.length ? nameWords.join(' ') : text.slice(tokens[from]!.start, endAt);
        const span = { end: endAt, text: text.slice(tokens[from]!.start, endAt) };
        push('person', from, runTo, key, title.country, { ...span, nameWords, description: title.description, inCredit, ...(byline ? { byline } : {}), ...(namesThing ? { namesThing } : {}) });
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
      let to = Math.max(runTo, i + 1);
      while (to < runEnd && continuesNameWord(tokens, to)) to++; // a hyphenated word stays whole ("Al-Kahlout said")
      keepLoose(i, to);
      i = to;
    }
  }
  return { found, loose };
}
