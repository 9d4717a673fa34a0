/**
 * The grammar of running English prose: which words are common words, function words, prepositions, plain nouns
 * or verbs (compromise's lexicon, reduced), and the closed lists the quote stage reads a sentence's subject with.
 */
import { SPEECH_VERB_FORMS } from './speech-verbs';
import { inClass, isKnownWord } from './word-classes';

/** Any English word the lexicon knows that is not a name, a place or an organisation: "Remark", "Meeting", "However". */
export const isCommonWord = (word: string) => inClass(word, 'commonWord');
/** Endings English adds to a word the lexicon lists in its plain form ("shrugs", "launches", "posted"). */
const INFLECTIONS = /(?:es|s|ed|ing)$/u;
/** Whether a lower-case word ends as an inflected form does ("states", "stated", "stating"), not as a bare one ("state"). */
export const hasInflectionEnding = (lower: string) => INFLECTIONS.test(lower);
/** A common word or an inflection of one: "Shrugs" is "shrug" + s, though the lexicon lists only "shrug". */
export const isCommonWordOrInflection = (word: string) => {
  if (isCommonWord(word)) return true;
  const m = INFLECTIONS.exec(word.toLowerCase());
  return m !== null && word.length - m[0].length >= 3 && isCommonWord(word.slice(0, word.length - m[0].length));
};

/** A function word ("the", "of", "and", "she", "is", "would"): what jusText counts as a stopword. */
export const isFunctionWord = (word: string) => inClass(word, 'functionWord');
/** Auxiliary and modal verbs, which open a clause's predicate: "is", "was", "has", "must", "will", "could". */
const AUXILIARY_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'does', 'did', 'do', 'must', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might']);
/** Whether a lower-case word is an auxiliary or modal verb ("must", "was"). */
export const isAuxiliaryVerb = (word: string) => AUXILIARY_VERBS.has(word);

/** A preposition ("for", "of", "in"). */
export const isPreposition = (word: string) => inClass(word, 'preposition');

/** A plain common noun ("Family", "Welfare"), unlike nouns that are also names ("Jean", "Wang", "Yuan"). */
export const isPlainNoun = (word: string) => inClass(word, 'plainNoun');

/** How English makes a capitalised noun for someone who does something: "Defenseman", "Insider", "Economist". */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|man|woman|ian|ant|ent)$/u;
/** Whether a capitalised word has the shape of such a noun (a role before a name), whatever the lexicon knows. */
export const hasAgentNounShape = (word: string) => AGENT_NOUN.test(word);

/** Whether a lower-case word is a verb form: the lexicon says so, or it is a speech verb, or an unknown word ending like a past tense. */
export function isVerbForm(lower: string): boolean {
  if (SPEECH_VERB_FORMS.has(lower)) return true;
  return inClass(lower, 'verb') || (!isKnownWord(lower) && /ed$/u.test(lower));
}

/** Personal pronouns that can be the subject of a speech verb, and the gender each implies. */
/** Object pronouns as the subject pronoun they stand for where a phrase puts its speaker after it ("according to him"). */
export const OBJECT_PRONOUN_SUBJECTS: Record<string, string> = { him: 'he', her: 'she', them: 'they', me: 'i', us: 'we' };

export const SUBJECT_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'writer'> = {
  i: 'writer',
  we: 'writer',
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
};

/** Words that can stand between a subject and its verb without being a subject themselves. */
export const FILLER_WORDS = new Set([
  'also', 'then', 'later', 'further', 'however', 'meanwhile', 'again', 'once', 'reportedly', 'allegedly',
  'previously', 'earlier', 'recently', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'will',
  'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'repeatedly', 'publicly', 'privately', 'openly',
  'directly', 'separately', 'subsequently', 'now', 'already', 'still', 'had', 'just', 'once', 'even', 'too',
  'first', 'finally', 'in', 'turn', 'for', 'his', 'her', 'part', 'its', 'their', 'on', 'of', 'course', 'since',
  'too', 'simply', 'flatly', 'angrily', 'bluntly', 'clearly', 'explicitly', 'emphatically', 'frankly', 'not',
  'jokingly', 'proudly', 'bitterly', 'quickly', 'firmly', 'famously', 'ultimately', 'both', 'all', 'last', 'year',
]);

/** Words that open a relative clause; a verb right after one takes the subject from the clause before. */
export const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom']);

/** A noun phrase that names no one: "a government spokesman", "officials", "the claim", "the document". */
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'one', 'some', 'many', 'several', 'two', 'three',
  'another', 'other', 'most', 'few', 'no', 'each', 'every', 'any', 'such',
]);

/** Plural nouns naming unnamed groups of speakers. */
export const UNNAMED_PLURALS = /^(?:officials|experts|analysts|sources|critics|observers|scientists|researchers|residents|people|witnesses|reports|media|authorities|diplomats|lawmakers|activists|protesters|users|commentators|doctors|economists|investors|insiders|officers|spokesmen|documents|studies)$/iu;

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc',
  'corp', 'ltd', 'co', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'pres', 'rev', 'ft', 'mt', 'approx', 'dept', 'est',
]);

/** Short function words a title may keep in lower case ("Most of Their People"). */
export const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'into',
  'vs', 'via', 'is', 'are', 'be', 'that', 'than', 'so', 'up', 'over', 'off', 'out', 'about', 'after', 'before',
]);

/** What separates the segments of a sentence: commas, semicolons, colons, dashes, quote marks, brackets. */
export const SEGMENT_BREAK = /[,;:()"“”«»—–]|\s-\s/gu;

/** A possessive ending right after a name: "Trump's", "Times'". */
export const POSSESSIVE_AFTER = /^['’](?:s\b|(?=\s))/u;

/** Words after which a name is an object, not a subject. */
export const PREPOSITIONS = new Set(['with', 'by', 'of', 'to', 'from', 'for', 'about', 'on', 'against', 'at', 'between', 'and', 'than', 'like', 'as']);

/** Words that join clauses; never the head of a subject. */
export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'then', 'while', 'who', 'which', 'that', 'whom']);

/** Determiners that introduce someone without naming them ("a spokesman", "two officials"). */
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many']);

/** Possessive determiners: the name after one is a modifier ("his Twitter account"). */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that make the next word a noun ("the claim", "a report"), not a verb. */
export const NOUN_MARKERS = new Set(['a', 'an', 'the', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);

/** Words that open an introductory phrase before a sentence's subject ("On Tuesday,", "Speaking to RBC,"). */
export const INTRO_WORDS = /^(?:on|in|at|after|before|during|speaking|asked|meanwhile|however|but|and|earlier|later|last|this|since|while|when|as|with|for|despite|according|following|unlike|like|explaining|commenting|responding|talking|writing|addressing)$/iu;

/** Articles that bring someone in without a name ("a man", "one official"). */
export const INDEFINITE_ARTICLES = new Set(['a', 'an', 'one', 'another']);

/** A form of "be" right before a verb, making it passive ("was chided", "has been told"). */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u;
