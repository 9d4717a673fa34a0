/**
 * Word knowledge in one place: compromise's lexicon (first names, surnames, cities, regions, organisations,
 * role nouns) read once at module load without tagging any text, plus the few general English rules about titles,
 * honorifics and organisation words that no data package states. Nothing here names an article's content.
 */
import nlp from 'compromise/two';

type LexiconTag = string | string[];
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, LexiconTag> } }).one.lexicon;

const NO_TAGS: readonly string[] = [];
const tagCache = new Map<string, readonly string[]>();
/** The lexicon's tags for a word, any case; memoised, since the same words come back in every article. */
const tagsOf = (word: string): readonly string[] => {
  let cached = tagCache.get(word);
  if (cached === undefined) {
    const tags = LEXICON[word.toLowerCase()];
    cached = tags === undefined ? NO_TAGS : Array.isArray(tags) ? tags : [tags];
    if (tagCache.size > 100_000) tagCache.clear();
    tagCache.set(word, cached);
  }
  return cached;
};

const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person']);
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place']);

/** A given name compromise knows: "Sergei", "Mike". */
export const isFirstName = (word: string) => tagsOf(word).some((t) => FIRST_NAME_TAGS.has(t));
/** A family name compromise knows: "Zhao". */
export const isLastName = (word: string) => tagsOf(word).includes('LastName');
/** Any English word compromise knows that is not a name: "Remark", "Meeting", "However". */
export const isCommonWord = (word: string) => {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'Organization' || t === 'Country');
};
/** A city or region compromise knows ("Kiev", "Florida", "New York"). */
export const isKnownPlace = (words: string) => tagsOf(words).some((t) => PLACE_TAGS.has(t));
/** An abbreviation written with a full stop before a name: "St. Petersburg", "Mt. Everest", "Ms. Mule", "Gen. Smith". */
export const isNameAbbreviation = (word: string) => {
  const tags = tagsOf(word);
  return tags.includes('Abbreviation') && (tags.includes('Place') || tags.includes('Honorific'));
};
/** An organisation compromise knows ("Twitter", "RBC"). */
export const isKnownOrganization = (words: string) => tagsOf(words).includes('Organization');

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
  'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'coach', 'manager', 'pundit',
]);
/** Words that qualify a title ("Foreign Minister", "State Secretary", "Prime Minister", "former President"). */
const TITLE_QUALIFIERS = new Set([
  'foreign', 'defense', 'defence', 'prime', 'state', 'interior', 'finance', 'health', 'home', 'deputy', 'vice', 'first',
  'former', 'acting', 'interim', 'opposition', 'senior', 'top', 'chief', 'executive', 'general', 'attorney', 'press',
  'national', 'security', 'trade', 'economy', 'justice', 'education', 'the', 'then', 'ex', 'late', 'new',
]);

/** A title or role noun ("Minister", "aide"), whatever its case. */
export const isTitle = (word: string) => TITLES.has(word.toLowerCase()) || HONORIFICS.has(word.toLowerCase().replace(/\.$/u, ''));
/** An honorific ("Mr", "Dr."). */
export const isHonorific = (word: string) => HONORIFICS.has(word.toLowerCase().replace(/\.$/u, ''));
/** A word that can qualify a title ("Foreign", "former"). */
export const isTitleQualifier = (word: string) => TITLE_QUALIFIERS.has(word.toLowerCase());

/** Last words that make a capitalised phrase an organisation ("… Ministry", "… League", "… University"). */
const ORGANIZATION_HEADS = new Set([
  'ministry', 'department', 'office', 'institute', 'institution', 'university', 'college', 'school', 'academy', 'bank',
  'organization', 'organisation', 'council', 'committee', 'commission', 'league', 'party', 'agency', 'service', 'union',
  'association', 'foundation', 'corporation', 'corp', 'company', 'inc', 'ltd', 'group', 'court', 'parliament', 'senate',
  'congress', 'assembly', 'army', 'navy', 'forces', 'police', 'guard', 'initiative', 'watch', 'network', 'times', 'post',
  'news', 'press', 'broadcaster', 'programme', 'program', 'fund', 'centre', 'center', 'authority', 'board', 'bureau',
  'administration', 'movement', 'front', 'alliance', 'coalition', 'federation', 'society', 'club', 'church', 'hospital',
  'airlines', 'airways', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'house', 'pentagon', 'kremlin',
  'magazine', 'images', 'photos', 'pictures',
]);
/** Words that open an organisation's name before "of" ("University of …", "Bank of …"). */
const ORGANIZATION_OPENERS = new Set(['university', 'bank', 'ministry', 'department', 'institute', 'college', 'office', 'house', 'council', 'court', 'league']);

/** Whether a capitalised phrase's last word marks an organisation. */
export const isOrganizationHead = (word: string) => ORGANIZATION_HEADS.has(word.toLowerCase());
/** Whether a word opens an "X of Y" organisation name. */
export const isOrganizationOpener = (word: string) => ORGANIZATION_OPENERS.has(word.toLowerCase());

/** Lower-case words allowed inside a capitalised name: "Bank of England", "Ludwig van Beethoven". */
export const NAME_CONNECTORS = new Set(['of', 'de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'du', 'and', 'for', 'the', 'on']);

/** Last words that make a capitalised phrase a region ("Clark County", "Hubei Province"). */
const PLACE_HEADS = new Set(['county', 'province', 'region', 'oblast', 'prefecture', 'governorate', 'territory']);
/** Whether a capitalised phrase's last word marks a region. */
export const isPlaceHead = (word: string) => PLACE_HEADS.has(word.toLowerCase());

/** A noun for a person: a title or role, or a word compromise tags as one ("lawyer", "professor", "mother"). */
export const isPersonNoun = (word: string) => isTitle(word) || tagsOf(word).includes('Actor');

/** Tags of closed-class words: the grammar of running prose, rare in labels, names and navigation. */
const FUNCTION_WORD_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary']);
/** A function word ("the", "of", "and", "she", "is", "would"): what jusText counts as a stopword. */
export const isFunctionWord = (word: string) => tagsOf(word).some((t) => FUNCTION_WORD_TAGS.has(t));

/** A preposition ("for", "of", "in"). */
export const isPreposition = (word: string) => tagsOf(word).includes('Preposition');

/** A plain common noun ("Family", "Welfare"), unlike nouns that are also names ("Jean", "Wang", "Yuan"). */
export const isPlainNoun = (word: string) => tagsOf(word).some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable');

/** Tags of words that cannot start a name even after a title: verbs, adverbs, function words. */
const NOT_NAME_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord', 'Adjective', 'Comparative', 'Superlative', 'Actor', 'Participle', 'Expression', 'Negative']);
/** A word that is never a name: "Responds", "But", "Assistant". */
export const isNeverName = (word: string) => tagsOf(word).some((t) => NOT_NAME_TAGS.has(t));
/** Tags of words that are names often enough to end one after a given name ("Theresa May", "Gordon Brown"). */
const SURNAME_TOO = new Set(['Modal', 'Adjective', 'Comparative', 'Superlative', 'Actor']);
/** A word that cannot be a surname after a given name: verbs, function words ("Paige VanZant Says"). */
export const isNeverSurname = (word: string) => tagsOf(word).some((t) => NOT_NAME_TAGS.has(t) && !SURNAME_TOO.has(t));

/** Verbs that report speech right after a speaker's name ("… said", "…, told Reuters"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'explained', 'wrote', 'writes', 'noted', 'argued', 'warned', 'insisted', 'claimed', 'replied', 'asked', 'tweeted']);
/** Whether a word reports speech. */
export const isSpeechVerb = (word: string) => SPEECH_VERBS.has(word);

/** Features of the map that a demonym can name ("Indian Ocean", "Arabian Sea", "Persian Gulf"). */
const GEOGRAPHIC_FEATURES = new Set(['ocean', 'sea', 'gulf', 'bay', 'strait', 'straits', 'channel', 'peninsula', 'desert', 'mountains', 'alps', 'river', 'lake', 'plateau', 'basin', 'islands', 'coast']);
/** Whether a capitalised word names a feature of the map. */
export const isGeographicFeature = (word: string) => GEOGRAPHIC_FEATURES.has(word.toLowerCase());

/** Lower-case words that place the next capitalised phrase in the country named just before them ("Russian city of"). */
export const PLACE_NOUNS = new Set(['city', 'capital', 'town', 'village', 'region', 'province', 'state', 'port', 'district', 'republic', 'oblast', 'county']);

/** Tags of words that make a hyphenated compound rather than a name ("Biden-led", "Trump-style", "Kremlin-backed"). */
const COMPOUND_PART_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective', 'Comparative', 'Superlative', 'Singular', 'Plural', 'Uncountable', 'Adverb', 'Actor']);
/** A lower-case word after a hyphen that forms an English compound, not the second syllable of a given name ("Jae-in"). */
export const isCompoundPart = (word: string) => /(?:ed|ing|ist|ism|ite|era|esque)$/u.test(word) || tagsOf(word).some((t) => COMPOUND_PART_TAGS.has(t));

/** Suffixes written after a person's name: "Martin Luther King Jr.", "John Paul II". */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Whether a word is a name suffix ("Jr", "Sr", "III"). */
export const isNameSuffix = (word: string) => NAME_SUFFIXES.has(word.toLowerCase());

/** Lower-case nouns after a name that make it the name of a thing: "Walter Reed hospital", "the Hyde amendment". */
const NAMED_THING_NOUNS = new Set([
  // Nouns only: "Boris Johnson show(ed)", "Smith plans" read as verbs.
  'hospital', 'clinic', 'airport', 'university', 'college', 'stadium', 'arena', 'street', 'avenue', 'bridge',
  'library', 'museum', 'hotel', 'resort', 'centre', 'center', 'prize', 'amendment', 'doctrine', 'foundation', 'institute',
]);
/** Whether a lower-case noun after a name makes it the name of a thing rather than of a person. */
export const isNamedThingNoun = (word: string) => NAMED_THING_NOUNS.has(word);
