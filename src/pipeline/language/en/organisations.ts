/**
 * Organisations: the words that end or open an organisation's name ("… Ministry", "University of …"), the
 * organisations the lexicon knows by name, and the common nouns a text calls one by ("the ministry said").
 */
import { inClass } from './word-classes';

/** Last words that make a capitalised phrase an organisation's name ("… Ministry", "… League", "… University"). */
const ORGANIZATION_NAME_HEADS = new Set([
  'ministry', 'department', 'office', 'institute', 'institution', 'university', 'college', 'school', 'academy', 'bank',
  'organization', 'organisation', 'council', 'committee', 'commission', 'league', 'party', 'agency', 'service', 'union',
  'association', 'foundation', 'corporation', 'corp', 'company', 'inc', 'ltd', 'group', 'court', 'parliament', 'senate',
  'congress', 'assembly', 'army', 'navy', 'forces', 'police', 'guard', 'initiative', 'watch', 'network', 'times', 'post',
  'news', 'press', 'broadcaster', 'programme', 'program', 'fund', 'centre', 'center', 'authority', 'board', 'bureau',
  'administration', 'movement', 'front', 'alliance', 'coalition', 'federation', 'society', 'club', 'church', 'hospital',
  'airlines', 'airways', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'house', 'pentagon', 'kremlin',
  'magazine', 'images', 'photos', 'pictures', 'brotherhood', 'brigade', 'brigades',
]);
/** Heads that close an organisation's name but never stand for one alone ("International tourism", "3rd Battalion"). */
const TRAILING_ORGANIZATION_HEADS = new Set([
  'directorate', 'secretariat', 'equities', 'securities', 'holdings', 'investments', 'partners', 'industries',
  'technologies', 'laboratories', 'consortium', 'caucus', 'tribunal', 'brigade', 'battalion', 'regiment',
  'international', 'co', 'llc', 'plc', 'gmbh', 'robotics', 'motors', 'pharmaceuticals', 'therapeutics',
  'ventures', 'enterprises', 'studios', 'aerospace',
  // Firms' last words ("Alden Capital", "Intuitive Machines", "Leighton Offshore").
  'capital', 'offshore', 'machines', 'systems', 'management', 'associates', 'advisors', 'advisers', 'solutions',
  'foods', 'brands',
]);
/** Words that open an organisation's name before "of" ("University of …", "Bank of …"). */
const ORGANIZATION_OPENERS = new Set(['university', 'bank', 'ministry', 'department', 'institute', 'college', 'office', 'house', 'council', 'court', 'league']);
/** Words that open an organisation's name before "on" ("Committee on Foreign Affairs", "Council on …"). */
const ORGANIZATION_ON_OPENERS = new Set(['committee', 'subcommittee', 'commission', 'council']);
/** Government bodies whose name lists their subjects with "and" ("Ministry of Health and Family Welfare"). */
const SUBJECT_BODIES = new Set(['ministry', 'department', 'office', 'committee', 'subcommittee', 'commission']);

/** Whether a capitalised phrase's last word marks an organisation's name. */
export const isOrganizationHead = (word: string) => ORGANIZATION_NAME_HEADS.has(word.toLowerCase()) || TRAILING_ORGANIZATION_HEADS.has(word.toLowerCase());
/** Whether a head word closes an organisation's name only after other words of it. */
export const isTrailingOrganizationHead = (word: string) => TRAILING_ORGANIZATION_HEADS.has(word.toLowerCase());
/** Whether a word opens an "X of Y" organisation name. */
export const isOrganizationOpener = (word: string) => ORGANIZATION_OPENERS.has(word.toLowerCase());
/** Whether `word` then `preposition` opens an organisation's name: "University of", "Committee on". */
export const opensOrganizationWith = (word: string, preposition: string) =>
  preposition === 'of' ? ORGANIZATION_OPENERS.has(word.toLowerCase()) : preposition === 'on' && ORGANIZATION_ON_OPENERS.has(word.toLowerCase());
/** Whether an organisation opened by `word` may list its subjects with "and" ("Department of Health and Human Services"). */
export const listsSubjects = (word: string) => SUBJECT_BODIES.has(word.toLowerCase());
/** An organisation the lexicon knows by name ("Twitter", "RBC"). */
export const isKnownOrganization = (words: string) => inClass(words, 'knownOrganization');

/**
 * Common nouns a text calls an organisation by instead of its name ("the ministry said", "the White House"), lower
 * case. Unlike the name heads above, these stand alone after "the" and include "government", "firm", "team".
 */
export const ORGANIZATION_NOUNS = [
  'ministry', 'office', 'department', 'agency', 'government', 'company', 'bank', 'embassy', 'committee', 'court',
  'commission', 'council', 'party', 'institute', 'university', 'military', 'army', 'police', 'organisation',
  'organization', 'group', 'firm', 'administration', 'service', 'kremlin', 'white house', 'cabinet', 'foundation',
  'union', 'association', 'board', 'authority', 'centre', 'center', 'network', 'newspaper', 'outlet', 'channel',
  'campaign', 'charity', 'corporation', 'federation', 'league', 'parliament', 'senate', 'congress', 'team',
  'club', 'secretariat', 'mission', 'consulate', 'watchdog', 'regulator', 'tribunal', 'alliance', 'coalition',
  'carmaker', 'airline', 'retailer', 'manufacturer', 'startup', 'charity',
];

/** Organisation nouns a story uses for the company it is about ("the company said"), whatever its name. */
export const GENERIC_ORGANIZATION_NOUNS = new Set(['company', 'firm', 'group', 'corporation', 'carmaker', 'airline', 'bank', 'retailer', 'manufacturer', 'startup', 'club', 'team', 'charity']);
