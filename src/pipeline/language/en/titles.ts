/**
 * Titles, honorifics and role nouns: the words that introduce a person ("Foreign Minister", "Mr", "aide") or stand
 * for one ("the minister stated"), and what they say about the person's gender.
 */
import { SPEECH_VERB_FORMS } from './speech-verbs';
import { inClass } from './word-classes';

/** Honorifics that sit before a name: "Mr", "Dr". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev']);

/** Titles and role nouns that introduce a person ("President", "Foreign Minister", "aide", "counterpart"). */
const TITLES = new Set([
  'president', 'vice', 'minister', 'secretary', 'senator', 'sen', 'governor', 'gov', 'chancellor', 'premier', 'mayor',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'leader', 'chairman',
  'chairwoman', 'chair', 'director', 'chief', 'head', 'commander', 'general', 'gen', 'colonel', 'admiral', 'captain',
  'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'counterpart', 'deputy', 'representative', 'rep',
  'congressman', 'congresswoman', 'lawmaker', 'mp', 'professor', 'prof', 'lawyer', 'attorney', 'analyst', 'researcher',
  'expert', 'economist', 'scientist', 'immunologist', 'journalist', 'correspondent', 'host', 'officer', 'official',
  'drummer', 'soldier', 'sergeant', 'lieutenant', 'corporal', 'activist', 'founder', 'ceo', 'author',
  'blogger', 'writer', 'editor', 'columnist', 'presenter', 'prosecutor', 'diplomat', 'commissioner', 'fm', 'potus',
  'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'coach', 'manager', 'pundit', 'superintendent', 'speaker', 'reporter', 'principal', 'sheriff', 'inspector', 'detective', 'constable',
  // Sport and world news introduce people by who they are to another: "teammate Jane Roe", "compatriot Kenenisa Bekele".
  'teammate', 'compatriot', 'countryman', 'countrywoman',
  // Ranks as news style abbreviates them before a name ("Cmdr. Sean Robertson", "Lt. Col. Jane Roe", "Sgt. Maj.").
  'lt', 'lieut', 'col', 'capt', 'cmdr', 'cdr', 'adm', 'brig', 'maj', 'sgt', 'cpl', 'pvt', 'supt', 'insp',
]);
/** Words that qualify a title ("Foreign Minister", "State Secretary", "Prime Minister", "former President"). */
const TITLE_QUALIFIERS = new Set([
  'foreign', 'defense', 'defence', 'prime', 'state', 'interior', 'finance', 'health', 'home', 'deputy', 'vice', 'first',
  'former', 'acting', 'interim', 'opposition', 'senior', 'top', 'chief', 'executive', 'general', 'attorney', 'press',
  'national', 'security', 'trade', 'economy', 'justice', 'education', 'the', 'then', 'ex', 'late', 'new',
]);

/** A title or role noun ("Minister", "aide"), or an honorific, whatever its case. */
export const isTitle = (word: string) => TITLES.has(word.toLowerCase()) || HONORIFICS.has(word.toLowerCase().replace(/\.$/u, ''));
/** An honorific ("Mr", "Dr."). */
export const isHonorific = (word: string) => HONORIFICS.has(word.toLowerCase().replace(/\.$/u, ''));
/**
 * Titles of monarchs, princes and popes, who are named by the title and one given name ("Queen Elizabeth", "Pope
 * Francis", "Prince Charles"): with one name word the title is part of the person's name.
 */
const REGNAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'sultan', 'emir', 'tsar', 'czar']);
/** A monarch's, prince's or pope's title ("Queen", "Pope"). */
export const isRegnalTitle = (word: string) => REGNAL_TITLES.has(word.toLowerCase());
/** A word that can qualify a title ("Foreign", "former"). */
export const isTitleQualifier = (word: string) => TITLE_QUALIFIERS.has(word.toLowerCase());

/**
 * A noun for a person in a name's apposition ("…, a London-based lawyer"), any case: a title or honorific, or a noun
 * the lexicon tags as a person ("mother"). Unlike isSpeakerNoun, no guess from the word's ending.
 */
export const isTitleOrPersonNoun = (word: string) => isTitle(word) || inClass(word, 'personNoun');

/** A person's title or role, as a speaker may be called instead of by name ("the minister stated"). */
export const PERSON_ROLES = [
  'prime minister', 'foreign minister', 'minister', 'president', 'vice president', 'senator', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'chairman', 'chairwoman', 'chair', 'director',
  'governor', 'mayor', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'official',
  'leader', 'premier', 'chancellor', 'expert', 'professor', 'analyst', 'researcher', 'lawyer', 'attorney',
  'prosecutor', 'judge', 'envoy', 'diplomat', 'ceo', 'chief', 'head', 'commissioner', 'general', 'commander',
  'aide', 'adviser', 'advisor', 'economist', 'scientist', 'doctor', 'author', 'founder', 'king', 'queen',
  'prince', 'princess', 'pope', 'deputy', 'mp', 'candidate', 'coach', 'manager', 'owner', 'host', 'executive',
  'officer', 'activist', 'campaigner', 'blogger', 'journalist', 'politician', 'businessman', 'businesswoman',
  'billionaire', 'actor', 'actress', 'star', 'singer', 'player', 'fighter', 'boss', 'pundit', 'commentator',
  'physician', 'epidemiologist', 'virologist', 'historian', 'writer', 'strategist', 'negotiator', 'mogul',
  'personality', 'celebrity', 'presenter', 'broadcaster', 'anchor', 'correspondent', 'reporter', 'editor',
  'columnist', 'comedian', 'rapper', 'musician', 'entrepreneur', 'investor', 'banker', 'academic', 'fellow',
  'lecturer', 'organiser', 'organizer', 'protester', 'protestor', 'volunteer', 'owner', 'employee', 'staffer',
  'operative', 'insider', 'source', 'counterpart', 'incumbent', 'challenger', 'nominee', 'premier', 'monarch',
  'opponent', 'rival', 'teammate', 'compatriot', 'countryman', 'countrywoman',
  // People named by what they are in the story rather than by office.
  'man', 'woman', 'suspect', 'victim', 'teacher', 'worker', 'resident', 'student', 'father', 'mother', 'son',
  'daughter', 'wife', 'husband', 'boy', 'girl', 'nurse', 'patient', 'witness', 'survivor', 'veteran', 'pastor',
  'year-old',
];

/**
 * Roles a story gives people it does not name: "the source said", "an insider added". With no one holding the role
 * by name, they stand for someone unnamed, not for whoever spoke last.
 */
export const ANONYMOUS_ROLES: ReadonlySet<string> = new Set(['source', 'insider', 'witness', 'man', 'woman', 'patient']);

/** The last word of every role: what a role noun in running text is matched against. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(PERSON_ROLES.map((r) => r.split(' ').pop()!));
const PERSON_SUFFIX = /(?:ist|ian)$/u;

/**
 * Whether a lower-case noun can stand for a speaker ("the minister stated"): a listed role, a noun the lexicon tags
 * as a person ("economist", "host"), or a noun ending like one ("-ist", "-ian"); never a speech verb.
 */
export function isSpeakerNoun(lower: string): boolean {
  let known = SPEAKER_NOUN_CACHE.get(lower);
  if (known === undefined) {
    // Bounded like the other word caches: a long-running process ingests article after article.
    if (SPEAKER_NOUN_CACHE.size > 100_000) SPEAKER_NOUN_CACHE.clear();
    SPEAKER_NOUN_CACHE.set(lower, (known = speakerNoun(lower)));
  }
  return known;
}
const SPEAKER_NOUN_CACHE = new Map<string, boolean>();

function speakerNoun(lower: string): boolean {
  if (ROLE_WORDS.has(lower)) return true;
  if (SPEECH_VERB_FORMS.has(lower)) return false;
  if (inClass(lower, 'personNoun')) return true;
  return lower.length > 5 && PERSON_SUFFIX.test(lower);
}

/**
 * A plural of a speaker noun ("prosecutors", "investigators", "farmers"): a group that speaks, never one person of
 * the story, so a quote it gives has no person's voice.
 */
export const isSpeakerPlural = (lower: string) => lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') && isSpeakerNoun(lower.slice(0, -1));

/** Roles that name the same kind of office, so "the lawmaker" finds a senator. */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  lawmaker: ['senator', 'congressman', 'congresswoman', 'representative', 'legislator', 'mp', 'lawmaker'],
  legislator: ['senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'mp', 'legislator'],
  politician: ['senator', 'minister', 'president', 'mp', 'governor', 'mayor', 'lawmaker', 'politician', 'leader'],
  diplomat: ['minister', 'ambassador', 'envoy', 'secretary', 'diplomat'],
  premier: ['prime minister', 'premier'],
  expert: ['expert', 'professor', 'analyst', 'researcher', 'scientist', 'economist', 'director', 'fellow'],
  analyst: ['analyst', 'expert', 'professor', 'researcher'],
  professor: ['professor', 'expert', 'academic'],
  chief: ['chief', 'head', 'director', 'boss', 'ceo', 'chairman'],
  head: ['head', 'chief', 'director', 'boss', 'ceo', 'chairman'],
  boss: ['boss', 'head', 'chief', 'director', 'ceo', 'president', 'chairman'],
  official: ['official', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'officer'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  lawyer: ['lawyer', 'attorney', 'counsel'],
  attorney: ['attorney', 'lawyer', 'counsel'],
};

/** An honorific before a name that says the person is a man ("Mr"). */
export const MALE_HONORIFIC = /\b(?:mr|mister|sir|lord|king|prince)\.?\s*$/iu;

/** An honorific before a name that says the person is a woman ("Ms"). */
export const FEMALE_HONORIFIC = /\b(?:ms|mrs|miss|madam|dame|lady|queen|princess)\.?\s*$/iu;

/** Role words that say a person is a woman. */
export const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|actress|queen|princess|wife|mother|daughter)\b/iu;

/** Role words that say a person is a man. */
export const MALE_ROLE = /\b(?:spokesman|congressman|businessman|king|prince|husband|father|son)\b/iu;
