/**
 * How a run of capitalised words reads as a person's name: where the name ends, the title before it, a given name
 * in an editorial bracket, a name introduced by an apposition or a tweet signature, a photographer in a credit.
 */
import { COUNTRY_FORMS, INVERTING_VERBS, hasAgentNounShape, isNationalityWord, isVerbForm, isCommonWord, isCommonWordOrInflection, endsNameOfThing, isNamedThingNoun, isWordGivenName, isFirstName, isGeographicFeature, isListedGivenNameOnly, isFunctionWord, isLastName, isHonorific, isNameSuffix, isTitleOrPersonNoun, isPreposition, isPlainNoun, isNameIntroducingSpeechVerb, isKnownOrganization, isNeverName, isNeverSurname, isOrganizationHead, isSpeakerNoun, isPlaceHead, isTitle, isTitleQualifier, PERSON_CONNECTORS, PERSON_ONLY_PARTICIPLES, PHOTO_POSITION_WORDS, POSSESSIVE_DETERMINERS } from '../language';
import { FURNITURE_WORD } from '../patterns';
import { countryAt, placeAt } from './place-rules';
import { BREAKING_GAP, continuesNameWord, isParticlePairBeforeName, joinsPrevious } from './token-rules';
import type { Token } from './tokenize-text';

export type Title = { description: string | null; country: string | null; titled: boolean };

/** A noun for a person by office or by what they do: a title, a person noun, or a speaker noun ("owner", "opponent"). */
const isRoleNoun = (word: string) => isTitleOrPersonNoun(word) || isSpeakerNoun(word.toLowerCase());

/** Words that may all be a name's: none a common word, unless it is a given name ("Rumen Gechev", not "Breaking News"). */
const onlyNameWords = (words: readonly Token[]) => words.every((t) => !isCommonWord(t.text) || isFirstName(t.text));

/** The title the text gives a person whose name starts at token `i`: "Russian Foreign Minister", "Kremlin aide". */
export function titleBefore(tokens: Token[], i: number, text: string): Title {
  let first = i;
  let titled = false;
  let honorificOnly = true;
  let country: string | null = null;
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    const t = tokens[j]!;
    const next = tokens[j + 1]!;
    // A bracket opening on the name itself ("President [Nicolas] Maduro") does not cut it from its title.
    const gap = j + 1 === i ? next.gap.replace(/\[$/u, '') : next.gap;
    // A credit's slash or "©" ends the title too: "© Sputnik / Sergei Guneev Russian President Vladimir Putin".
    if ((BREAKING_GAP.test(gap) && !joinsPrevious(tokens, j + 1)) || /[[/©]/u.test(gap)) break;
    if (t.possessive && (j !== i - 1 || isTitle(t.text))) break; // "the Lord's Prayer": an owner, not a title
    if (j + 1 === i && next.gap === '-') break; // "the Spokesman-Review": the name is the end of a compound, no title
    const c = countryAt(tokens, j, j + 1, text);
    if (isTitle(t.text)) {
      titled = true;
      if (!isHonorific(t.text)) honorificOnly = false;
    } else if (c) country ??= c.country;
    // Capitalised words before a title may be its own ("White House Press Secretary"), but not before a demonym
    // that opens it ("… Sergei Guneev Russian President": a photographer's name run on from a credit).
    else if (!isTitleQualifier(t.text) && !(t.capitalised && titled && country === null && !isNeverName(t.text))) break;
    first = j;
    // An article opens the title: the words before it are not the title's ("On Monday the acting Secretary …").
    if (/^(?:the|a|an)$/iu.test(t.text)) break;
  }
  if (!titled) return { description: null, country: null, titled: false };
  while (first < i - 1 && /^(?:the|a|an|his|her|their)$/iu.test(tokens[first]!.text)) first++;
  // An abbreviated title keeps its full stop: "Gov.", "Cmdr.".
  const last = tokens[i - 1]!;
  const description = honorificOnly ? null : text.slice(tokens[first]!.start, text[last.end] === '.' ? last.end + 1 : last.end);
  return { description, country, titled };
}

/** Most words after the comma of an apposition within which its role noun stands ("Will Moy, chief executive of"). */
const WORD_NAME_APPOSITION_REACH = 3;

/**
 * A word that is also a given name ("Robin", "Will", "Frank") opens a two-word name when the next word is no word
 * the lexicon knows and no place, and the text says a person stands there: a speech verb just before ("…, comments
 * Robin Biesbroek of …"), an occupation just before ("her attorney Rich Nichols") or an apposition with a role just
 * after ("Will Moy, chief executive of …"). Not "Blue Origin said", "Will Democrats win".
 */
export function opensWordGivenName(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const surname = tokens[i + 1];
  if (!isWordGivenName(t.text) || t.allCaps || surname === undefined || !surname.capitalised || surname.allCaps || !joinsPrevious(tokens, i + 1)) return false;
  // A third capitalised word of the same run makes it another name ("Will Smith Jones"); one after a comma opens the
  // apposition ("Rod Eddington, BA's chief executive").
  if (isCommonWordOrInflection(surname.text) || placeAt(tokens, i + 1, i + 2, text) || (tokens[i + 2]?.capitalised && joinsPrevious(tokens, i + 2))) return false;
  const before = tokens[i - 1];
  // An inverted speech verb after a quote or a clause: "…," comments Robin Biesbroek.
  if (before !== undefined && !before.capitalised && t.gap === ' ' && /[,"”’]\s*$/u.test(before.gap) && INVERTING_VERBS.has(before.text)) return true;
  // An occupation right before it: "her attorney Rich Nichols", "the fellow runner Will Jagger".
  if (before !== undefined && !before.capitalised && t.gap === ' ' && isTitleOrPersonNoun(before.text)) return true;
  const after = tokens[i + 2];
  if (after === undefined || !/^,\s$/u.test(after.gap)) return false;
  return tokens.slice(i + 2, i + 2 + WORD_NAME_APPOSITION_REACH).some((w) => isRoleNoun(w.text));
}

/**
 * A Korean or Cantonese given name of two short syllables joined by a hyphen ("Heung-min", "Jae-in", "Sui-Lee"), and
 * the short family name written before or after it ("Son", "Moon", "Wee"): together they name a person by their
 * shape, whatever word the family name also is.
 */
export const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Lu}?\p{Ll}{1,4}$/u;
export const EAST_ASIAN_FAMILY = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Whether tokens `k` and `k + 1` are a hyphenated Korean given name ("Heung" "-min"). */
const asianGivenAt = (tokens: Token[], k: number, text: string) => continuesNameWord(tokens, k + 1) && EAST_ASIAN_GIVEN.test(text.slice(tokens[k]!.start, tokens[k + 1]!.end));

/** Whether a short family name at `k` is followed by a Korean given name ("Son | Heung-min"). */
export const asianGivenAfter = (tokens: Token[], k: number, text: string) => EAST_ASIAN_FAMILY.test(tokens[k]!.text) && joinsPrevious(tokens, k + 1) && asianGivenAt(tokens, k + 1, text);

/** Nouns for a leader's time in office, after their surname: "the Trump administration". */
const LEADERS_TERMS = /^(?:administration|presidency|premiership)$/u;

/** Initials written together with their full stops: "H.W.", "J.R.". */
export const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * Index just past the name starting at `i` (up to four words), or `i` when none starts here. `trusted` (a title
 * vouches for it) lets the name start with a word that is also a noun ("Director Wang Yanyi").
 */
export function nameRunEnd(tokens: Token[], i: number, end: number, text: string, trusted: boolean): number {
  let j = i;
  let halves = 0; // second halves of hyphenated words, which do not count towards the four words
  while (j < end && j - i - halves < 4) {
    const t = tokens[j]!;
    if (j > i && continuesNameWord(tokens, j)) {
      halves++;
      j++;
      continue;
    }
    const prev = tokens[j - 1];
    const hyphenated = t.gap === '-' && prev !== undefined && PERSON_CONNECTORS.has(prev.text.toLowerCase()) && j > i; // "al-Assad"
    if (j > i && !joinsPrevious(tokens, j) && !hyphenated) break;
    const after = tokens[j + 1];
    const particle = PERSON_CONNECTORS.has(t.text.toLowerCase()) && j > i && after?.capitalised && (joinsPrevious(tokens, j + 1) || after.gap === '-');
    // "Ursula von der Leyen", "Nick Van den Brul": two particles in a row before the surname.
    if (j > i && isParticlePairBeforeName(tokens, j)) {
      j += 2;
      continue;
    }
    if (!t.capitalised) {
      // "Ludwig van Beethoven", "Bashar al-Assad"
      if (particle) {
        j++;
        continue;
      }
      break;
    }
    if (particle) {
      // "Mustafa Al Kadhimi"
      j++;
      continue;
    }
    // A title word can be a surname right after a given name, when no name follows it ("Rep. Peter King").
    const titleSurname = j === i + 1 && isTitle(t.text) && isFirstName(tokens[i]!.text) && !(after?.capitalised && joinsPrevious(tokens, j + 1));
    // "Sonya A. Zoghlin": a middle initial, though "A" is also a word.
    if (j > i && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.capitalised && tokens[j + 1]!.gap === '. ') {
      j++;
      continue;
    }
    // "George H.W. Bush": middle initials written together, then the surname.
    if (j === i + 1 && DOTTED_INITIALS.test(t.text) && tokens[j + 1]?.capitalised && tokens[j + 1]!.gap === ' ') {
      j++;
      continue;
    }
    // "Dan Goodin Dan is the Security Editor": the given name again after the surname opens the next sentence.
    if (j >= i + 2 && t.text === tokens[i]!.text) break;
    // "Thatcherism", "Republicanism": an ideology named after people is not one of them.
    if (/\p{Ll}ism$/u.test(t.text)) break;
    // "Brent LCOc1": a word with a digit is a code (a ticker, a model), never a name's.
    if (/\p{N}/u.test(t.text)) break;
    // A country's name that is also a given name opens a name before a surname ("Chad Wolf", "Jordan Peterson"), as
    // the country rule already let it.
    const givenCountry = j === i && isFirstName(t.text) && after?.capitalised === true && joinsPrevious(tokens, j + 1) && !isGeographicFeature(after.text);
    if ((isTitle(t.text) && !titleSurname) || (countryAt(tokens, j, j + 1, text) && !givenCountry) || isOrganizationHead(t.text) || isPlaceHead(t.text)) break;
    if (j >= i + 2 && placeAt(tokens, j, j + 1, text)) break;
    // "Mary Steenburgen Jessie Buckley": after a given name and a surname, a given name with a surname of its own
    // after it starts a second person's name (not "Lee Harvey Oswald", whose second word is a given name too).
    const secondGiven = j === i + 2 && isFirstName(tokens[i]!.text) && !isFirstName(prev!.text) && isFirstName(t.text) && !isLastName(t.text) && !isCommonWord(t.text);
    if (secondGiven && after?.capitalised && joinsPrevious(tokens, j + 1) && !isNameSuffix(after.text) && !endsNameOfThing(after.text)) break;
    if (j > i && t.allCaps && !prev!.allCaps && !/^[IVX]+$/u.test(t.text)) break; // "Paige VanZant FINALLY", not "John Paul II"
    // "GILLIAN MOHNEY March 11": a name in capitals ends where capitals do (but "KJ Noh").
    if (j >= i + 2 && prev!.allCaps && tokens[j - 2]!.allCaps && !t.allCaps && !isNameSuffix(t.text)) break;
    // "Jean-Claude": a word that is also a noun opens a name when a given name is hyphened to it.
    const hyphenedGiven = j === i && continuesNameWord(tokens, j + 1) && isFirstName(tokens[j + 1]!.text);
    const wordGiven = j === i && opensWordGivenName(tokens, i, text);
    // "Liu He": after a family name written first, a short grammar word capitalised mid-sentence is the given name.
    const givenAfterFamily = j === i + 1 && isLastName(tokens[i]!.text) && !isFirstName(tokens[i]!.text) && /^\p{Lu}\p{Ll}{1,3}$/u.test(t.text) && isFunctionWord(t.text) && !(after?.capitalised && joinsPrevious(tokens, j + 1));
    if (givenAfterFamily) {
      j++;
      break;
    }
    if (isCommonWord(t.text) && !isFirstName(t.text) && !hyphenedGiven) {
      // "Son Heung-min": a family name that is also a word, before a Korean given name.
      if (j === i && ((trusted && !isNeverName(t.text)) || wordGiven || asianGivenAfter(tokens, j, text))) {
        j++;
        continue;
      }
      // A common word can be a surname right after a given name ("Donald Trump"), and then ends the name; after a
      // title even a verb can, when a speech verb follows ("Opposition Leader Bill Shorten said").
      const saidNext = trusted && joinsPrevious(tokens, j + 1) && isNameIntroducingSpeechVerb(tokens[j + 1]?.text ?? '');
      // Right after the given name, or after it and a middle initial ("Mary E. Lovely").
      const afterGiven = j === i + 1 || (j === i + 2 && (/^\p{Lu}$/u.test(tokens[i + 1]!.text) || DOTTED_INITIALS.test(tokens[i + 1]!.text)));
      // Not after a given name only the name lists know: "Atlas Shrugs" is no one.
      const wellKnownGiven = isFirstName(tokens[i]!.text) && !isListedGivenNameOnly(tokens[i]!.text);
      // "Heung-min Son": a Korean given name written before a family name that is also a word.
      const asianGiven = j === i + 2 && asianGivenAt(tokens, i, text) && EAST_ASIAN_FAMILY.test(t.text);
      if (asianGiven) {
        j++;
        break;
      }
      if (afterGiven && (trusted || wellKnownGiven) && (!isNeverSurname(t.text) || saidNext)) {
        j++;
        // "Patrick Soon-Shiong": the rest of a hyphenated surname goes with it.
        while (j < end && continuesNameWord(tokens, j)) j++;
      }
      break;
    }
    j++;
    if (t.possessive) break;
  }
  while (j > i && !tokens[j - 1]!.capitalised && !continuesNameWord(tokens, j - 1)) j--;
  return withSuffix(tokens, i, j);
}

/** Index past a name suffix after a name of two words or more ("Perry Bacon Jr", "Ken Griffey, Jr"), else `j`. */
export function withSuffix(tokens: Token[], i: number, j: number): number {
  const t = tokens[j];
  return j - i >= 2 && t && isNameSuffix(t.text) && /^,? $/u.test(t.gap) && !tokens[j - 1]!.possessive ? j + 1 : j;
}

/** Most words of given names an editor puts in parentheses ("Coach (Frank) Vogel"). */
const MAX_PARENTHESISED_WORDS = 2;

/**
 * Given names an editor adds in parentheses inside a quotation, right before token `i`: "Coach (Frank) Vogel". Only
 * given names the lexicon knows, since parentheses hold much else ("(Reuters) Smith").
 */
function parenthesisedGivenNames(tokens: Token[], i: number): { names: string[]; from: number } {
  for (let j = i - 1; j >= 0 && i - j <= MAX_PARENTHESISED_WORDS && tokens[j]!.capitalised && (isFirstName(tokens[j]!.text) || isWordGivenName(tokens[j]!.text)); j--) {
    if (/\(\s*$/u.test(tokens[j]!.gap)) return { names: tokens.slice(j, i).map((t) => t.text), from: j };
    if (!/^\s+$/u.test(tokens[j]!.gap)) break;
  }
  return { names: [], from: i };
}

/** Most capitalised words a given name in an editorial bracket has ("[Jean Claude]"). */
const MAX_BRACKETED_WORDS = 4;

/**
 * Given names inside an editorial bracket right before token `i`: "[Nicolas] Maduro", "[opposition leader Juan]
 * Guaido". At most MAX_BRACKETED_WORDS words: with no "[" to stop it, the walk back once took every capitalised word
 * to the start of the text as a given name ("Ab] Xyz Ab] Xyz …": a 1,000-word name for each of 1,000 people).
 */
export function bracketedGivenNames(tokens: Token[], i: number): { names: string[]; from: number } {
  if (/^\)\s*$/u.test(tokens[i]!.gap)) return parenthesisedGivenNames(tokens, i);
  if (!/^\]\s*$/u.test(tokens[i]!.gap)) return { names: [], from: i };
  // "the [Syrian] Regime": an editor's country is no given name.
  if (tokens[i - 1] && COUNTRY_FORMS.has(tokens[i - 1]!.text.toLowerCase())) return { names: [], from: i };
  let from = i;
  for (let j = i - 1; j >= 0 && i - j <= MAX_BRACKETED_WORDS && tokens[j]!.capitalised && !isTitle(tokens[j]!.text); j--) {
    from = j;
    if (tokens[j]!.gap.includes('[')) break;
  }
  return { names: tokens.slice(from, i).map((t) => t.text), from };
}

/** A word shaped like a name: a capital, then lower-case letters, hyphenated parts allowed ("Caldwell-Pope"). */
export const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/**
 * A name of unknown words that the text introduces as a person: by an apposition ("Sarosh Zaiwalla, a London-based
 * lawyer", "Ndayishimiye, a retired general"), a speech verb ("Jean Baptiste Bakunzi said", "…, Salman Kazmi, told
 * Reuters"), a particle ("Patrizia Di Biase-Leone") or a tweet signature ("Piers Morgan (@piersmorgan)"). Its end, or -1.
 */
export function introducedNameEnd(tokens: Token[], i: number, end: number, text: string): number {
  let j = i;
  let particle = false;
  let halves = 0;
  // "…, said Serene Gregg, local president": right after a speech verb even an adjective may open a name.
  const before0 = tokens[i - 1];
  const afterSpeechVerb = before0 !== undefined && tokens[i]!.gap === ' ' && !before0.capitalised && isNameIntroducingSpeechVerb(before0.text);
  while (j < end && j - i - halves < 4 && (j === i || joinsPrevious(tokens, j) || continuesNameWord(tokens, j) || (tokens[j]!.gap === '-' && j > i + 1))) {
    const t = tokens[j]!;
    if (j > i && continuesNameWord(tokens, j)) {
      halves++;
      j++;
      continue;
    }
    if (j > i && j + 1 < end && PERSON_CONNECTORS.has(t.text.toLowerCase())) {
      particle = true;
      j++;
      continue;
    }
    const mayOpen = j === i && afterSpeechVerb && !isFunctionWord(t.text);
    // Given names and surnames that are a word's form too ("Frank Field, the Labour MP", "Liz Yelling said"), only
    // where the context vouches for them.
    const wordSurname = () => {
      const second = tokens[i + 1];
      return j <= i + 1 && second !== undefined && second.capitalised && surnameThatIsAWord(tokens, i, i + 2, [tokens[i]!, second]);
    };
    if (!t.capitalised || isTitle(t.text) || (isNeverName(t.text) && !mayOpen && !wordSurname()) || t.allCaps || isOrganizationHead(t.text)) break;
    // A place ends the chance of a name, but not a later word that is also a given name ("Jay Stanley tells").
    // Nor the first half of a double-barrelled surname ("Kentavious Caldwell-Pope").
    const barrelled = j > i && j + 1 < end && continuesNameWord(tokens, j + 1);
    if (countryAt(tokens, j, j + 1, text) || (placeAt(tokens, j, j + 1, text) && !(j > i && isFirstName(t.text)) && !barrelled)) return -1;
    j++;
  }
  if (j > i && !tokens[j - 1]!.capitalised && !continuesNameWord(tokens, j - 1)) j--;
  // "Mary E. Lovely": a middle initial is followed by the surname, whatever word that is.
  const initial = (k: number) => k > i && /^\p{Lu}$/u.test(tokens[k]!.text);
  if (initial(j - 1) && tokens[j]?.capitalised && tokens[j]!.gap === '. ') j++;
  const next = tokens[j];
  // A connector opens no name but can be a given name ("Di Li"): only later ones are particles ("Di Biase").
  const words = tokens.slice(i, j).filter((t, k) => t.capitalised && (k === 0 || !PERSON_CONNECTORS.has(t.text.toLowerCase())) && !continuesNameWord(tokens, i + k));
  // Only the first word may also be a word of the lexicon ("Yuan Zhiming", "Jean Baptiste Bakunzi", "Piers Morgan"),
  // unless the text itself says that a given name and a surname that is a word stand for someone ("Frank Field, the
  // Labour MP").
  if (words.length === 0) return -1;
  if (words.some((t, k) => k > 0 && isCommonWord(t.text) && !isFirstName(t.text) && !/^\p{Lu}$/u.test(words[k - 1]!.text))) return surnameThatIsAWord(tokens, i, j, words) ? j : -1;
  // A plain noun first ("Family Welfare") is no given name, unless a known name follows it ("Jay Stanley").
  const plainNounFirst = isPlainNoun(words[0]!.text) && !isFirstName(words[0]!.text) && !(words[1] && (isFirstName(words[1].text) || isLastName(words[1].text)));
  if (words.length === 1 && isCommonWord(words[0]!.text)) return -1;
  // Context before the name that only a person has: an occupation ("tattoo artist Zashay Tastas", "reporter Nisan
  // Ahmado"), an age ("54-year-old Bharrat Ramdehol"), a role then a comma ("The priest, Fidelis Mukonori,"), a
  // naming ("a man named …").
  const before = tokens[i - 1];
  const lowerBefore = before !== undefined && !before.capitalised;
  // A noun the lexicon knows for someone by what they do ("the site's owner Shaul Alovich"; not an unknown word that
  // only ends like one, "its expansionist Shiite Crescent") needs its article or possessive, and a name none of whose
  // words is a common word but a given name.
  const agentRole = lowerBefore && isSpeakerNoun(before.text) && isCommonWord(before.text) && determinedRole(tokens, i - 1) && onlyNameWords(words);
  const occupation = lowerBefore && joinsPrevious(tokens, i) && (isTitleOrPersonNoun(before.text) || agentRole);
  const age = lowerBefore && before.text === 'old' && tokens[i - 2]?.text === 'year' && before.gap === '-';
  const roleThenComma = lowerBefore && /^,\s$/u.test(tokens[i]!.gap) && isRoleNoun(before.text) && determinedRole(tokens, i - 1);
  // "a man named Arif Khan", "identified as Jane Roe": the text says a name follows.
  const named = lowerBefore && (before.text === 'named' || (before.text === 'as' && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.text === 'identified')));
  // A nationality right before it, as sport and world news name people: "Russian Dmitriy Bogdanov won", "Dutchman
  // Arnoud Okken"; only words that are no English words, with no head ("Russian Orthodox Church") and no noun after
  // them ("the Venezuelan Presidency Handout picture"); not a demonym inside a compound ("Mid-American Conference").
  const nationality = before !== undefined && before.capitalised && before.gap !== '-' && joinsPrevious(tokens, i) && isNationalityWord(before.text) && words.every((t) => !isCommonWord(t.text));
  if (words.length >= 2 && words.length <= 3 && !plainNounFirst && (occupation || age || roleThenComma || named)) return j;
  // The name closed by punctuation (or the end of the text): "…, Sajid Javid, approved", "said Serene Gregg.".
  const nameEnd = tokens[j - 1]!.end;
  const closedByPunctuation = next === undefined ? /^\s*[.,;]?\s*$/u.test(text.slice(nameEnd, nameEnd + 8)) && text.length - nameEnd < 8 : /^[,.;]/u.test(next.gap);
  // An apposition that a title opens and commas close: "the then Home Secretary, Sajid Javid, approved …".
  const titleThenComma = before !== undefined && before.capitalised && isTitle(before.text) && /^,\s$/u.test(tokens[i]!.gap) && closedByPunctuation;
  // A nationality as a noun, then the name between commas: "… set by another Ethiopian, Berhane Adera, in Stuttgart".
  const nationalityThenComma =
    before !== undefined && isNationalityWord(before.text) && /^,\s$/u.test(tokens[i]!.gap) && closedByPunctuation && /^(?:a|an|another|the|fellow)$/iu.test(tokens[i - 2]?.text ?? '') && words.every((t) => !isCommonWord(t.text));
  // A country's own: "Serbia’s Novak Djokovic and …", unless the words are an organisation's or a thing's ("Japan’s
  // Iron Dome", "Iran’s Shiite Crescent expansion": a noun after the words makes them a modifier).
  // A word that an article or a possessive follows is a verb, not a noun ("Ethiopia’s Tirunesh Dibaba set a record").
  const objectFollows = /^(?:a|an|the|his|her|their|its)$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]?.gap === ' ';
  const nounAfter = next !== undefined && next.gap === ' ' && !next.capitalised && !isFunctionWord(next.text) && !isNeverSurname(next.text) && !objectFollows;
  const countrysOwn = before !== undefined && before.possessive && countryAt(tokens, i - 1, i, text) !== null && (!isCommonWord(words[0]!.text) || isFirstName(words[0]!.text)) && !nounAfter;
  const headed = words.some((t) => isOrganizationHead(t.text) || isPlaceHead(t.text));
  if (words.length >= 2 && words.length <= 3 && !plainNounFirst && !headed && (titleThenComma || nationalityThenComma || countrysOwn || (nationality && !nounAfter))) return j;
  // A known given name alone in the same places: "his wife Grace", "her mother, Fiona, said", "52-year-old Grace".
  const alone = j === i + 1 && !(tokens[j]?.capitalised && joinsPrevious(tokens, j));
  if (words.length === 1 && alone && isFirstName(words[0]!.text) && (occupation || age || roleThenComma)) return j;
  // An age after the name: "Jane Doe, 45, said", "Jane Doe (45)".
  const after0 = tokens[j];
  const agedAfter = after0 !== undefined && /^\d{1,3}$/u.test(after0.text) && ((/^,\s$/u.test(after0.gap) && text[after0.end] === ',') || (after0.gap === ' (' && text[after0.end] === ')'));
  if (words.length >= 2 && words.length <= 3 && agedAfter) return j;
  // A party and state after the name, as US papers write them: "Jane Doe (D-N.Y.)", "John Roe, R-Texas,".
  const partyAfter = after0 !== undefined && /^[DRI]$/u.test(after0.text) && /^(?:\s\(|,\s)$/u.test(after0.gap) && tokens[j + 1]?.gap === '-';
  // Someone's relation or role after a possessive name: "Jane Doe's lawyer", "John Roe's mother".
  const last = tokens[j - 1]!;
  const relationAfter = last.possessive && after0 !== undefined && after0.gap === ' ' && !after0.capitalised && isTitleOrPersonNoun(after0.text);
  if (words.length >= 2 && words.length <= 3 && !plainNounFirst && (partyAfter || relationAfter || personOnlyAfter(tokens, j) || affiliationAfter(tokens, j))) return j;
  // An interview's turn: the block opens with the name and a colon, and the answer runs on ("Rumen Gechev: At this
  // stage …"); every word a name's, none a word of the lexicon ("Breaking News:", "Photo Gallery:" are labels).
  const turnLabel = i === 0 && after0 !== undefined && /^:\s$/u.test(after0.gap) && tokens.length - j >= MIN_TURN_WORDS;
  if (turnLabel && words.length >= 2 && words.length <= 3 && !headed && onlyNameWords(words)) return j;
  // "said Serene Gregg," / "said Serene Gregg.": two or three such words, closed by punctuation.
  const nounFirst = isPlainNoun(words[0]!.text) || isTitleOrPersonNoun(words[0]!.text);
  if (afterSpeechVerb && !nounFirst && words.length >= 2 && words.length <= 3 && closedByPunctuation) return j;
  // "in Deir al-Balah": after "in" or "at" a name with a particle is a place.
  const afterPlacePreposition = /^(?:in|at|near|outside|inside)$/u.test(tokens[i - 1]?.text ?? '');
  if (words.length >= 2 && particle && !plainNounFirst && !afterPlacePreposition) return j;
  if (!next) return -1;
  const afterComma = /^,\s$/u.test(next.gap);
  // An apposition with a title ("Ndayishimiye, a retired general") introduces even a one-word name.
  const titledApposition = afterComma && /^(?:a|an)$/u.test(next.text) && tokens.slice(j + 1, j + 4).some((t) => isTitle(t.text));
  // "the Trump administration", "the Obama presidency": a leader's surname between "the" and their term's noun.
  const leaderOfTerm = /^the$/iu.test(tokens[i - 1]?.text ?? '') && next.gap === ' ' && LEADERS_TERMS.test(next.text) && NAME_SHAPE.test(words[0]!.text) && !isCommonWordOrInflection(words[0]!.text);
  if (words.length === 1) return titledApposition || leaderOfTerm ? j : -1;
  if (words.length > 3) return -1;
  if (next.gap === ' (@') return j;
  // "Peng Mei — project manager for …": a dash apposition whose first words hold a title.
  if (/^\s[—–]\s$/u.test(next.gap) && titleWithin(tokens, j, 3)) return j;
  // A speech verb is weaker evidence: not after a plain noun ("Family Welfare said").
  if ((next.gap === ' ' || afterComma) && isNameIntroducingSpeechVerb(next.text)) return plainNounFirst ? -1 : j;
  // "Vasek Pospisil edged Reilly Opelka", "Tre Harbison rushed for 112 yards": words of a name's shape that are no
  // English words, the head of no organisation or place, then a verb in the past tense: someone who did something, as
  // sport and news report people (a thing or a firm is more often in the present: "Sun Sentinel reports", "… is").
  const deed = next.gap === ' ' && /\p{Ll}ed$/u.test(next.text) && isVerbForm(next.text) && !isPlainNoun(next.text);
  // Not a role's noun first ("Insider Jason reported"), unless it is a known given name ("Peter").
  const roleFirst = hasAgentNounShape(words[0]!.text) && !isFirstName(words[0]!.text);
  // Two words, a given name and a surname: a third is more often the tail of a title ("… of Foreign Affairs Sergei Lavrov").
  if (deed && words.length === 2 && !plainNounFirst && !roleFirst && !headed && words.every((t) => NAME_SHAPE.test(t.text) && !isCommonWord(t.text))) return j;
  if (!afterComma) return -1;
  // "…, a London-based lawyer", "…, who", "…, vice director" — but not "…, a private nursing home".
  if (next.text === 'who' || isTitle(next.text) || qualifiedRole(tokens, j) || bareRole(tokens, j) || affiliatedRole(tokens, j)) return j;
  // "…, his opponent in a fight", "…, her longtime coach": an apposition that someone's role opens.
  if (POSSESSIVE_DETERMINERS.has(next.text) && next.text !== 'its' && possessedRole(tokens, j + 1)) return j;
  if (!/^(?:a|an|another)$/u.test(next.text)) return -1;
  // The apposition's noun phrase, up to punctuation or a preposition ("a private home | for seniors").
  const apposition = tokens.slice(j, j + 6);
  const stop = apposition.findIndex((t, k) => k > 0 && (BREAKING_GAP.test(t.gap) || isPreposition(t.text)));
  const phrase = stop < 0 ? apposition : apposition.slice(0, stop);
  if (phrase.some((t) => isTitleOrPersonNoun(t.text))) return j;
  // "Lakshiwnder Singh, another deportee, said": an apposition that a comma closes before a speech verb.
  const closing = tokens.slice(j + 1, j + 1 + MAX_SAID_APPOSITION_WORDS).findIndex((t) => /^,\s$/u.test(t.gap));
  const verbAfter = closing >= 0 ? tokens[j + 1 + closing] : undefined;
  if (verbAfter && !verbAfter.capitalised && isNameIntroducingSpeechVerb(verbAfter.text)) return j;
  // "a South Korean based in Stockholm": a demonym used as a noun.
  if (j + 1 >= tokens.length) return -1;
  const demonym = countryAt(tokens, j + 1, Math.min(j + 4, tokens.length), text);
  const after = tokens[j + 1 + (demonym?.words ?? 0)];
  const asNoun = !after || BREAKING_GAP.test(after.gap) || (isCommonWord(after.text) && !isPlainNoun(after.text));
  return demonym && tokens[j + 1]!.capitalised && asNoun ? j : -1;
}

/**
 * Whether the role noun at `k` is determined: an article or possessive before it, over at most three lower-case words
 * ("the priest", "her mother", "the company's chief executive", "a senior party official").
 */
function determinedRole(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = tokens[j]!;
    if (BREAKING_GAP.test(tokens[j + 1]!.gap)) return false;
    if (/^(?:the|a|an)$/iu.test(t.text) || POSSESSIVE_DETERMINERS.has(t.text.toLowerCase()) || t.possessive) return true;
    if (t.capitalised) return false;
  }
  return false;
}

/** Words after a name that say what only a person is or does: "(pictured)", "and his wife", "was arrested", "died". */
function personOnlyAfter(tokens: Token[], j: number): boolean {
  const [a, b, c] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!a) return false;
  if (a.gap === ' (' && PHOTO_POSITION_WORDS.has(a.text) && b?.gap.startsWith(')')) return true;
  if (a.gap !== ' ' || BREAKING_GAP.test(b?.gap ?? '')) return false;
  if (a.text === 'died') return true;
  if (/^(?:was|is)$/u.test(a.text) && b && PERSON_ONLY_PARTICIPLES.has(b.text)) return true;
  return a.text === 'and' && /^(?:his|her)$/u.test(b?.text ?? '') && c !== undefined && isTitleOrPersonNoun(c.text);
}

/** Most words from a possessive to the role it owns: "his longtime former coach". */
const MAX_POSSESSED_ROLE_WORDS = 3;

/** Whether a person noun follows within a few words, before the phrase breaks: "(his) opponent", "(her) former coach". */
function possessedRole(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_POSSESSED_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (BREAKING_GAP.test(t.gap) || t.capitalised) return false;
    if (isRoleNoun(t.text)) return true;
  }
  return false;
}

/**
 * "Frank Field, the Labour MP,", "Liz Yelling said": a given name and a second word that is also an English word
 * ("field", "yelling") name a person only where the text says so: an apposition right after them that a title or a
 * role opens, or a speech verb when the given name is no English word too ("Blue Origin said" is a firm's). Not a
 * second word that heads a place's, a firm's or a thing's name ("Rose Garden", "Grace Church").
 */
function surnameThatIsAWord(tokens: Token[], i: number, j: number, words: readonly Token[]): boolean {
  const [given, surname] = words;
  const next = tokens[j];
  if (words.length !== 2 || j !== i + 2 || !given || !surname || !next || given.allCaps || surname.allCaps || !joinsPrevious(tokens, i + 1)) return false;
  const wordGiven = isWordGivenName(given.text);
  if (!isFirstName(given.text) && !wordGiven) return false;
  if (isOrganizationHead(surname.text) || isPlaceHead(surname.text) || isNamedThingNoun(surname.text) || endsNameOfThing(surname.text) || isTitleOrPersonNoun(surname.text)) return false;
  const afterComma = /^,\s$/u.test(next.gap);
  const apposition = afterComma && (isTitle(next.text) || qualifiedRole(tokens, j) || bareRole(tokens, j));
  const said = (next.gap === ' ' || afterComma) && isNameIntroducingSpeechVerb(next.text) && !wordGiven && !isCommonWord(given.text);
  return apposition || said;
}

/** Most words from the apposition's qualifier to its role: "the then deputy prime minister", "the US Ambassador". */
const MAX_QUALIFIED_ROLE_WORDS = 5;

/**
 * An apposition opened by a qualifier that leads to a role: "…, the then Home Secretary", "…, the US Ambassador to
 * India", "…, the owner of …", "…, former chief executive"; not "…, the wine country" (a place listed after another).
 */
function qualifiedRole(tokens: Token[], j: number): boolean {
  if (!isTitleQualifier(tokens[j]!.text)) return false;
  for (let k = j; k < tokens.length && k < j + MAX_QUALIFIED_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (k > j && BREAKING_GAP.test(t.gap)) return false;
    const lower = t.text.toLowerCase();
    if (isRoleNoun(t.text) || (lower === 'executive' && k > j)) return true;
    if (k > j && isPreposition(lower)) return false;
  }
  return false;
}

/** Most words of an apposition between a name and the speech verb it introduces ("…, another deportee, said"). */
const MAX_SAID_APPOSITION_WORDS = 6;

/** Most lower-case words of a bare role after a name's comma, its noun included ("research director of"). */
const MAX_BARE_ROLE_WORDS = 3;

/**
 * A role with no article after the name's comma, closed by a preposition or a comma: "Lewis Ward, research director
 * of …", "Jane Roe, spokeswoman for …", "John Doe, chief economist at …".
 */
function bareRole(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + MAX_BARE_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (t.capitalised || (k > j && BREAKING_GAP.test(t.gap)) || isFunctionWord(t.text)) return false;
    const after = tokens[k + 1];
    if (isRoleNoun(t.text) && (after === undefined || /^,\s$/u.test(after.gap) || (after.gap === ' ' && /^(?:of|at|for|with|on|in)$/u.test(after.text)))) return true;
  }
  return false;
}

/** Most capitalised words of the party or body before an affiliated role ("Plaid Cymru health spokesman"). */
const MAX_AFFILIATION_NAME_WORDS = 3;

/**
 * A role after the name's comma that a party's or a body's name opens, closed like a bare role or by a speech verb:
 * "Jonathan Morgan, Conservative health spokesman, said", "Rhodri Thomas, Plaid Cymru health spokesman said".
 */
function affiliatedRole(tokens: Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && k - j < MAX_AFFILIATION_NAME_WORDS && tokens[k]!.capitalised && (k === j || tokens[k]!.gap === ' ')) k++;
  if (k === j || k >= tokens.length || tokens[k]!.gap !== ' ' || isTitle(tokens[j]!.text)) return false;
  for (let n = 0; k < tokens.length && n < MAX_BARE_ROLE_WORDS; k++, n++) {
    const t = tokens[k]!;
    if (t.capitalised || (n > 0 && BREAKING_GAP.test(t.gap)) || isFunctionWord(t.text)) return false;
    const after = tokens[k + 1];
    const closed = after === undefined || /^,\s$/u.test(after.gap) || (after.gap === ' ' && (/^(?:of|at|for|with|on|in)$/u.test(after.text) || isNameIntroducingSpeechVerb(after.text)));
    if (isRoleNoun(t.text) && closed) return true;
  }
  return false;
}

/** Fewest words of an interview answer after a name and a colon. */
const MIN_TURN_WORDS = 6;

/** Most words from "from"/"of"/"at" to the head noun of the institution after a name. */
const MAX_AFFILIATION_WORDS = 6;

/**
 * A person's institution right after the name: "Wang Peng from the People's University of China", "Jane Roe of the
 * Brookings Institution": "from", "of" or "at", then a capitalised name whose head is an organisation's ("University",
 * "Institute", "Ministry") before the sentence breaks.
 */
function affiliationAfter(tokens: Token[], j: number): boolean {
  const preposition = tokens[j];
  if (!preposition || preposition.gap !== ' ' || !/^(?:from|of|at)$/u.test(preposition.text)) return false;
  let k = j + 1;
  if (/^the$/iu.test(tokens[k]?.text ?? '')) k++;
  if (!tokens[k]?.capitalised) return false;
  for (; k < tokens.length && k <= j + MAX_AFFILIATION_WORDS; k++) {
    const t = tokens[k]!;
    if (k > j + 1 && BREAKING_GAP.test(t.gap)) return false;
    if (t.capitalised && isOrganizationHead(t.text)) return true;
    if (!t.capitalised && !PERSON_CONNECTORS.has(t.text.toLowerCase()) && t.text !== 'of') return false;
  }
  return false;
}

/** Whether one of the `words` tokens from `from` on, before a break in the sentence, is a title. */
function titleWithin(tokens: Token[], from: number, words: number): boolean {
  for (let k = from; k < tokens.length && k < from + words; k++) {
    if (k > from && BREAKING_GAP.test(tokens[k]!.gap)) return false;
    if (isTitle(tokens[k]!.text)) return true;
  }
  return false;
}

/**
 * A photographer's name in a credit, right after a slash or "©" ("© Sputnik / Ramil Sitdikov", "© AFP 2019 / Paul
 * CROCK") or right before one ("Andrew Parsons/AP"). Its end, or -1. A caption run on after the name
 * ("Kin Cheung Passengers wear masks") loses its first word.
 */
export function creditNameEnd(tokens: Token[], i: number, text: string): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j]!;
    if ((j > i && !joinsPrevious(tokens, j)) || !t.capitalised || /\p{N}/u.test(t.text)) break;
    if (countryAt(tokens, j, j + 1, text) || isTitle(t.text) || isOrganizationHead(t.text)) break;
    if (isCommonWord(t.text) && !t.allCaps && !isFirstName(t.text) && (j > i || isNeverSurname(t.text) || isPlainNoun(t.text))) break;
    if (FURNITURE_WORD.test(t.text)) break; // "© Copyright Gannett 2018", "© Photo Agency": a credit's own words
    if (j > i && tokens[j - 1]!.allCaps && !t.allCaps) break; // "HENRY NICHOLLS Commuters …"
    j++;
  }
  const next = tokens[j];
  if (j - i >= 3 && next && !next.capitalised && joinsPrevious(tokens, j)) j--;
  const words = tokens.slice(i, j);
  const first = words[0];
  return words.length >= 2 && first && !isKnownOrganization(first.text) && !(first.allCaps && first.text.length <= 3) ? j : -1;
}
