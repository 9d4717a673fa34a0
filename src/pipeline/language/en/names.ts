/**
 * What English says about people's names: given names (and their gender) and surnames from compromise's lexicon and
 * national lists of given names,
 * the words that can never be a name, and the small words a name may hold ("Ludwig van Beethoven").
 */
import { inClass } from './word-classes';

/** A given name the lexicon knows: "Sergei", "Mike", or one only the national name lists know ("Gael", "Sajid"). */
export const isFirstName = (word: string) => inClass(word, 'givenName');
/**
 * A given name only the national name lists know ("Gael", "Atlas", "Rica"): rarer as a name than as anything else
 * a text may capitalise, so it vouches for a name only with a surname that is no common word ("Gael Monfils", not
 * "Atlas Shrugs").
 */
export const isListedGivenNameOnly = (word: string) => inClass(word, 'listedGivenName');
/**
 * A word that national lists also give as a given name ("Robin", "Will", "Bill", "Frank"): a given name only where
 * the context makes it one, before a surname that is no word ("said Robin Biesbroek", "Will Moy, chief executive").
 */
export const isWordGivenName = (word: string) => inClass(word, 'wordGivenName');
/** A family name the lexicon knows: "Zhao". */
export const isLastName = (word: string) => inClass(word, 'surname');

/** The gender the lexicon gives a given name ("Nicola" → female, "Boris" → male), if any. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  if (inClass(word, 'femaleName')) return 'female';
  if (inClass(word, 'maleName')) return 'male';
  return undefined;
}

/** A word that is never a name: verbs, adverbs, function words, adjectives, role nouns ("Responds", "But", "Assistant"). */
export const isNeverName = (word: string) => inClass(word, 'neverName');
/**
 * A word that cannot be a surname after a given name: verbs, function words ("Paige VanZant Says"). Unlike
 * isNeverName, adjectives, modals and role nouns can be ("Theresa May", "Gordon Brown").
 */
export const isNeverSurname = (word: string) => inClass(word, 'neverSurname');

/** An abbreviation written with a full stop before a name: "St. Petersburg", "Mt. Everest", "Ms. Mule", "Gen. Smith". */
export const isNameAbbreviation = (word: string) => inClass(word, 'nameAbbreviation');

/** Participles only a person undergoes, after "was"/"is": a name before them is a person's ("X was arrested"). */
export const PERSON_ONLY_PARTICIPLES = new Set(['arrested', 'born', 'killed', 'injured', 'wounded', 'sentenced', 'jailed', 'convicted', 'hospitalised', 'hospitalized', 'married']);

/** A bracketed word after a name that points at a person in a photo: "X (pictured)", "X (left)". */
export const PHOTO_POSITION_WORDS = new Set(['pictured', 'left', 'right', 'centre', 'center']);

/*
 * Three lists of small lower-case words that may sit inside a capitalised name. They differ on purpose (merging
 * them changes the output): each is tuned to the question its rule asks.
 */

/** Particles inside a person's name ("Ludwig van Beethoven", "Bashar al-Assad"), unlike "and" or "of" in organisations. */
export const PERSON_CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'dos', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'abu', 'ben']);

/** Words a run of capitalised words continues across before the entity rules read it ("Bank of England", "Abu al Hassan"). */
export const CAPITALISED_RUN_JOINERS = /^(?:of|and|for|the|de|da|del|van|von|der|den|ter|bin|al|el)$/u;

/** Words inside a long name a speaker phrase may hold ("Ministry of Health and Family Welfare"). */
export const SPEAKER_NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'la', 'van', 'von', 'al', 'bin']);

/** Capitalised words that are dates, not names. */
export const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** A lower-case word after a hyphen that forms an English compound, not the second syllable of a given name ("Jae-in"). */
export const isCompoundPart = (word: string) => /(?:ed|ing|ist|ism|ite|era|esque)$/u.test(word) || inClass(word, 'compoundPart');

/** Suffixes written after a person's name: "Martin Luther King Jr.", "John Paul II". */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Whether a word is a name suffix ("Jr", "Sr", "III"). */
export const isNameSuffix = (word: string) => NAME_SUFFIXES.has(word.toLowerCase());

/** Lower-case nouns after a name that make it the name of a thing: "Walter Reed hospital", "the Hyde amendment". */
const NAMED_THING_NOUNS = new Set([
  // Nouns only: "Boris Johnson show(ed)", "Smith plans" read as verbs.
  'hospital', 'clinic', 'airport', 'university', 'college', 'stadium', 'arena', 'street', 'avenue', 'bridge',
  'library', 'museum', 'hotel', 'resort', 'centre', 'center', 'prize', 'amendment', 'doctrine', 'foundation', 'institute',
  // Feasts, awards and memorials named after people or named like them ("the Muslim Eid al-Fitr holidays").
  'holiday', 'holidays', 'festival', 'feast', 'award', 'awards', 'trophy', 'medal', 'memorial', 'scholarship', 'lecture',
  // Sporting events named after people or places that are given names too ("the Sydney Olympics", "the Davis Cup").
  'games', 'olympics', 'olympic', 'olympiad', 'paralympics', 'cup', 'championship', 'championships', 'marathon', 'tournament', 'invitational', 'regatta',
  'school', 'park', 'square', 'pavilion', 'theatre', 'theater', 'auditorium', 'cathedral', 'coliseum',
  // Land and water named like a person ("Sierra Nevada foothills", "Stewart Island").
  'foothills', 'mountains', 'valley', 'river', 'lake', 'desert', 'island', 'islands', 'bay', 'beach', 'peninsula', 'harbour', 'harbor',
  // Places built and named like a person ("Penn Station", "Abbey Road").
  'station', 'road', 'canal', 'plaza', 'mall', 'tower',
  // Bodies named after people or named like them ("the Manu Taupunga group").
  'group', 'tribe',
]);
/** Thing nouns that are also surnames ("Chan-wook Park"), so a name may end on them. */
const SURNAME_THING_NOUNS = new Set(['park']);
/** Whether a lower-case noun after a name makes it the name of a thing rather than of a person. */
export const isNamedThingNoun = (word: string) => NAMED_THING_NOUNS.has(word);
/** A field's or a trade's name: "Genomics", "Physics", "Dynamics", "Robotics" (no surname ends so). */
const FIELD_OF_STUDY = /^\p{Lu}\p{Ll}{2,}ics$/u;
/**
 * Whether a capitalised word ending a name makes the whole name a thing's: "Cynthia Woods Mitchell Pavilion", "the
 * Sydney Olympics", "Functional Genomics".
 */
export const endsNameOfThing = (word: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(word) && ((NAMED_THING_NOUNS.has(word.toLowerCase()) && !SURNAME_THING_NOUNS.has(word.toLowerCase())) || FIELD_OF_STUDY.test(word));
