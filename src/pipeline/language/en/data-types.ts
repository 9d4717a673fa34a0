/** The shapes of the generated data files in ./data (written by `npm run lexicon`, src/cli/lexicon-data.ts). */

/** The boolean word classes the rules ask about (compromise's lexicon, reduced to what the rules test). */
export type WordClass =
  | 'givenName'
  | 'listedGivenName'
  | 'wordGivenName'
  | 'femaleName'
  | 'maleName'
  | 'surname'
  | 'commonWord'
  | 'country'
  | 'knownPlace'
  | 'knownOrganization'
  | 'nameAbbreviation'
  | 'personNoun'
  | 'functionWord'
  | 'preposition'
  | 'plainNoun'
  | 'neverName'
  | 'neverSurname'
  | 'verb'
  | 'compoundPart';

/** The letter each class is written as in word-classes.json, in the order a word's letters are written. */
export const WORD_CLASS_LETTERS = {
  a: 'nameAbbreviation',
  c: 'commonWord',
  d: 'country',
  e: 'listedGivenName',
  f: 'femaleName',
  g: 'givenName',
  i: 'preposition',
  k: 'compoundPart',
  l: 'knownPlace',
  m: 'maleName',
  n: 'plainNoun',
  o: 'knownOrganization',
  p: 'personNoun',
  s: 'surname',
  u: 'functionWord',
  v: 'verb',
  w: 'wordGivenName',
  x: 'neverName',
  y: 'neverSurname',
} as const satisfies Record<string, WordClass>;

/**
 * How the generated files list many keys under one value: the keys joined by LIST_SEPARATOR (a line break, which no key holds) in one string. A few long
 * strings load several times faster than an object of 20,000 entries (no property to parse per word), which is
 * most of what makes the pipeline load in a blink, here and in a browser worker.
 */
export const LIST_SEPARATOR = '\n';

/**
 * word-classes.json: the letters of a set of classes ("cvxy") → every lower-case word compromise's lexicon knows with
 * exactly those classes. Every known word has at least one letter, so a word that is absent is unknown.
 * Phrases ("new york") are kept only for the classes asked about phrases (knownPlace, knownOrganization).
 */
export type WordClassData = { classes: typeof WORD_CLASS_LETTERS; words: Record<string, string> };

/** countries.json: lower-cased surface form → the country's common name, by how the form names it; capitals by place key. */
export type CountryData = {
  names: Record<string, string>;
  abbreviations: Record<string, string>;
  demonyms: Record<string, string>;
  capitals: Record<string, string>;
};

/** places.json: cities of 150,000+ people and first-level regions: a country's common name → their place keys, listed. */
export type PlaceData = { cities: Record<string, string>; regions: Record<string, string> };

/**
 * calendar.json: lower-cased month names, long and short, as the runtime's locale data (ICU) prints them, plus the
 * short forms newspapers use that ICU does not ("sept") → the month's number; weekday names, long and short.
 * Generated rather than asked of Intl at load: the first Intl.DateTimeFormat costs about 20 ms (loading ICU's data).
 */
export type CalendarData = { months: Record<string, string>; weekdays: string[] };
