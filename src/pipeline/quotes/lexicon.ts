/**
 * Every word list and pattern the quote stage uses, in one place: quote marks, speech verbs, the nouns that
 * name a speaker by role, and the small words that sit between a speaker and a verb. General English only;
 * nothing here names an article's content.
 */

import nlp from 'compromise/two';

/** Compromise's word list, read once without tagging any text: it knows which given names are female or male. */
const NAME_LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The gender compromise's lexicon gives a given name ("Nicola" → female, "Boris" → male), if any. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  const tags = NAME_LEXICON[word.toLowerCase()];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  if (list.includes('FemaleName')) return 'female';
  if (list.includes('MaleName')) return 'male';
  return undefined;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization']);

/** Whether compromise's lexicon knows a word as something other than a name ("However", "Today"). */
export function isCommonWord(word: string): boolean {
  const tags = NAME_LEXICON[word.toLowerCase()];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  return list.length > 0 && !list.some((t) => NAME_TAGS.has(t));
}

const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Modal', 'Copula', 'Auxiliary', 'PhrasalVerb']);

/** Whether a lower-case word is a verb form: compromise's lexicon says so, or it is a speech verb or ends like a past tense. */
export function isVerbForm(lower: string): boolean {
  if (SPEECH_VERB_FORMS.has(lower)) return true;
  const tags = NAME_LEXICON[lower];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  return list.some((t) => VERB_TAGS.has(t)) || (list.length === 0 && /ed$/u.test(lower));
}

/** Double quote marks. Single marks (‘ ’ ') are never quote marks here: they nest inside doubles or are apostrophes. */
export const OPENING_MARKS = new Set(['“', '«', '„']);
export const CLOSING_MARKS = new Set(['”', '»']);
/** A mark that opens or closes depending on where it stands. */
export const NEUTRAL_MARKS = new Set(['"']);
/** Any of the marks above. */
export const ANY_MARK = /["“”«»„]/gu;

/** Regular speech verbs as lemmas; their -s, -ed and -ing forms are derived below. */
const REGULAR_SPEECH_VERBS = [
  'add', 'state', 'continue', 'note', 'warn', 'declare', 'claim', 'tweet', 'indicate', 'explain', 'insist',
  'argue', 'stress', 'underscore', 'underline', 'emphasize', 'emphasise', 'recall', 'reply', 'respond', 'answer',
  'ask', 'suggest', 'announce', 'report', 'comment', 'remark', 'acknowledge', 'confirm', 'deny', 'reject', 'urge',
  'call', 'describe', 'predict', 'threaten', 'conclude', 'observe', 'assert', 'maintain', 'reiterate', 'repeat',
  'testify', 'quote', 'post', 'exclaim', 'shout', 'complain', 'concede', 'contend', 'caution', 'promise', 'vow',
  'pledge', 'lament', 'blast', 'criticise', 'criticize', 'accuse', 'praise', 'proclaim', 'agree', 'recount',
  'joke', 'mention', 'boast', 'counter', 'retort', 'hint', 'reveal', 'disclose', 'clarify', 'elaborate', 'allege',
  'assure', 'advise', 'demand', 'appeal', 'charge', 'welcome', 'whisper',
  'cry', 'cite', 'muse', 'think', 'believe', 'moan', 'groan', 'grumble', 'gush', 'rave', 'rant', 'sneer', 'tease',
  'snap', 'bark', 'fume', 'seethe', 'thunder', 'lash', 'crow', 'toot', 'trumpet', 'chide', 'opine', 'gloat', 'beg',
  'plead', 'marvel', 'wonder', 'interject', 'interrupt', 'exclaim', 'scream', 'yell', 'mutter', 'murmur', 'stammer',
  'question', 'dismiss', 'sigh', 'scoff', 'affirm', 'highlight', 'specify', 'summarize', 'summarise', 'tout', 'recommend',
];

/** Verbs whose past forms are not lemma + ed, and doubled-consonant stems. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  cry: ['cry', 'cries', 'cried', 'crying'],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR_FORMS[lemma];
  if (irregular) return irregular;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

/** Every inflected form of every speech verb. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(
  [...REGULAR_SPEECH_VERBS, ...Object.keys(IRREGULAR_FORMS)].flatMap(inflect),
);

/** Verbs that may come before their subject at the end of a clause: "…, said Rushdi." (not "told", which takes an object). */
export const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained', 'explains', 'wrote', 'writes', 'continued', 'continues', 'insisted', 'argued', 'warned', 'recalled', 'concluded', 'reported', 'reports', 'claimed', 'claims']);

/** Speech verbs made of two words; matched before the single-word forms. */
export const PHRASAL_SPEECH_VERBS = /\b(?:point(?:s|ed|ing)? out|went on|goes on|go on|according to|in the words of)\b/giu;

/** Phrases that put the speaker after them: "according to X", "in the words of X". */
export const SPEAKER_FOLLOWS = /^(?:according to|in the words of)$/iu;

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
  // People named by what they are in the story rather than by office.
  'man', 'woman', 'suspect', 'victim', 'teacher', 'worker', 'resident', 'student', 'father', 'mother', 'son',
  'daughter', 'wife', 'husband', 'boy', 'girl', 'nurse', 'patient', 'witness', 'survivor', 'veteran', 'pastor',
  'year-old',
];

/** The last word of every role: what a role noun in running text is matched against. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(PERSON_ROLES.map((r) => r.split(' ').pop()!));
const PERSON_SUFFIX = /(?:ist|ian)$/u;

/**
 * Whether a lower-case noun names a person: a listed role, a noun compromise's lexicon tags as a person
 * ("Actor": "economist", "host"), or a noun ending like one ("-ist", "-ian").
 */
export function isPersonNoun(lower: string): boolean {
  let known = PERSON_NOUN_CACHE.get(lower);
  if (known === undefined) {
    // Bounded like the other word caches: a long-running process ingests article after article.
    if (PERSON_NOUN_CACHE.size > 100_000) PERSON_NOUN_CACHE.clear();
    PERSON_NOUN_CACHE.set(lower, (known = personNoun(lower)));
  }
  return known;
}
const PERSON_NOUN_CACHE = new Map<string, boolean>();

function personNoun(lower: string): boolean {
  if (ROLE_WORDS.has(lower)) return true;
  if (SPEECH_VERB_FORMS.has(lower)) return false;
  const tags = NAME_LEXICON[lower];
  if (tags === 'Actor' || (Array.isArray(tags) && tags.includes('Actor'))) return true;
  return lower.length > 5 && PERSON_SUFFIX.test(lower);
}

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

/** Head nouns of organizations, as an organization may be called instead of by name ("the ministry said"). */
export const ORGANIZATION_HEADS = [
  'ministry', 'office', 'department', 'agency', 'government', 'company', 'bank', 'embassy', 'committee', 'court',
  'commission', 'council', 'party', 'institute', 'university', 'military', 'army', 'police', 'organisation',
  'organization', 'group', 'firm', 'administration', 'service', 'kremlin', 'white house', 'cabinet', 'foundation',
  'union', 'association', 'board', 'authority', 'centre', 'center', 'network', 'newspaper', 'outlet', 'channel',
  'campaign', 'charity', 'corporation', 'federation', 'league', 'parliament', 'senate', 'congress', 'team',
  'club', 'secretariat', 'mission', 'consulate', 'watchdog', 'regulator', 'tribunal', 'alliance', 'coalition',
  'carmaker', 'airline', 'retailer', 'manufacturer', 'startup', 'charity',
];

/** Personal pronouns that can be the subject of a speech verb, and the gender each implies. */
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

/** Fewest words a quoted span needs to be a quote rather than a scare-quoted term. */
export const MIN_QUOTE_WORDS = 4;
/** Most words a capitalised quoted span may have and still be read as a title ("Defeat Jihad"). */
export const MAX_TITLE_WORDS = 20;
/** Short function words a title may keep in lower case ("Most of Their People"). */
export const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'into',
  'vs', 'via', 'is', 'are', 'be', 'that', 'than', 'so', 'up', 'over', 'off', 'out', 'about', 'after', 'before',
]);

/** How many paragraphs back a pronoun or a role noun may look for the person it stands for. */
export const MAX_REFERENT_DISTANCE = 4;

/** What separates the segments of a sentence: commas, semicolons, colons, dashes, quote marks, brackets. */
export const SEGMENT_BREAK = /[,;:()"“”«»—–]|\s-\s/gu;

/** A possessive ending right after a name: "Trump's", "Times'". */
export const POSSESSIVE_AFTER = /^['’](?:s\b|(?=\s))/u;

/** Small words inside long names ("Ministry of Health and Family Welfare"). */
export const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'la', 'van', 'von', 'al', 'bin']);

/** Capitalised words that are dates, not names. */
export const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Words after which a name is an object, not a subject. */
export const PREPOSITIONS = new Set(['with', 'by', 'of', 'to', 'from', 'for', 'about', 'on', 'against', 'at', 'between', 'and', 'than', 'like', 'as']);

/** Words that join clauses; never the head of a subject. */
export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'then', 'while', 'who', 'which', 'that', 'whom']);

/** Determiners that introduce someone without naming them ("a spokesman", "two officials"). */
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many']);

/** Possessive determiners: the name after one is a modifier ("his Twitter account"). */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Verbs that lead another verb with "to" ("continue to take action"): not a report of speech. */
export const NOT_SPEECH_BEFORE_TO = new Set(['continue', 'continues', 'continued', 'continuing', 'promise', 'promised', 'promises', 'vow', 'vows', 'vowed', 'pledge', 'pledged', 'threaten', 'threatens', 'threatened', 'agree', 'agrees', 'agreed', 'refused', 'point', 'pointed']);

/** Words that make the next word a noun ("the claim", "a report"), not a verb. */
export const NOUN_MARKERS = new Set(['a', 'an', 'the', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);

/** Prepositions of where someone is from or works ("from the People's University", "at Columbia"). */
export const PLACE_PREPOSITIONS = new Set(['from', 'of', 'at', 'in', 'for']);

/** Words that open an introductory phrase before a sentence's subject ("On Tuesday,", "Speaking to RBC,"). */
export const INTRO_WORDS = /^(?:on|in|at|after|before|during|speaking|asked|meanwhile|however|but|and|earlier|later|last|this|since|while|when|as|with|for|despite|according|following|unlike|like|explaining|commenting|responding|talking|writing|addressing)$/iu;

/** An honorific before a name that says the person is a man ("Mr"). */
export const MALE_HONORIFIC = /\b(?:mr|mister|sir|lord|king|prince)\.?\s*$/iu;

/** An honorific before a name that says the person is a woman ("Ms"). */
export const FEMALE_HONORIFIC = /\b(?:ms|mrs|miss|madam|dame|lady|queen|princess)\.?\s*$/iu;

/** Role words that say a person is a woman. */
export const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|actress|queen|princess|wife|mother|daughter)\b/iu;

/** Role words that say a person is a man. */
export const MALE_ROLE = /\b(?:spokesman|congressman|businessman|king|prince|husband|father|son)\b/iu;

/** Articles that bring someone in without a name ("a man", "one official"). */
export const INDEFINITE_ARTICLES = new Set(['a', 'an', 'one', 'another']);

/** A form of "be" right before a verb, making it passive ("was chided", "has been told"). */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Organization heads a story uses for the company it is about ("the company said"), whatever its name. */
export const GENERIC_ORGANIZATION_HEADS = new Set(['company', 'firm', 'group', 'corporation', 'carmaker', 'airline', 'bank', 'retailer', 'manufacturer', 'startup', 'club', 'team', 'charity']);
