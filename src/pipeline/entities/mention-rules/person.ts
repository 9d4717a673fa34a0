/**
 * The person rule: a name that a title, an editor's bracket, an introduction ("…, a retired general", "… said") or a
 * known given name or surname vouches for, with its title, credit and byline.
 */
import { hasAgentNounShape, isCommonWordOrInflection, isRegnalTitle, isFirstName, isLastName, isListedGivenNameOnly, isNameSuffix, isNamedThingNoun, endsNameOfThing, REGION_PREFIXES } from '../../language';
import { bracketedGivenNames, EAST_ASIAN_FAMILY, EAST_ASIAN_GIVEN, introducedNameEnd, NAME_SHAPE, nameRunEnd, opensWordGivenName, titleBefore, type Title } from '../person-rules';
import { isPlaceName, placeAt } from '../place-rules';
import { continuesNameWord, joinsPrevious } from '../token-rules';
import type { Token } from '../tokenize-text';
import { mentionOf, perWord, type MentionContext, type MentionRule, type Target } from './mention-rule';

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

/** How the words at a position read as a name: given names in a bracket before it, its title, where it ends, its words. */
export type NameReading = { bracketed: string[]; title: Title; introduced: number; runTo: number; words: string[] };

/** Reads the name at token `i` once, for the person rule and for the loose rule that keeps its words when it is none. */
export const nameReading = perWord((ctx: MentionContext, i: number, runEnd: number): NameReading => {
  const { tokens, text, titleCase } = ctx;
  const { names: bracketed, from: nameFrom } = bracketedGivenNames(tokens, i);
  const title = titleBefore(tokens, nameFrom, text);
  const introduced = titleCase ? -1 : introducedNameEnd(tokens, i, runEnd, text);
  const trusted = (title.titled && !titleCase) || bracketed.length > 0;
  const runTo = introduced > i ? introduced : nameRunEnd(tokens, i, runEnd, text, trusted);
  return { bracketed, title, introduced, runTo, words: nameWordsOf(tokens, i, runTo, text) };
});

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

/** Words for a picture whose maker a credit names after "by". */
const PICTURE_WORDS = /^(?:photo|photos|photograph|photographs|photography|picture|pictures|image|images|video|footage|illustration|graphic)$/iu;
/** Most capitalised words (a rank, a title) a picture credit may put between "by" and the name. */
const MAX_CREDIT_TITLE_WORDS = 3;

/** "U.S. Air Force photo by Staff Sgt. Corey Hook", "Photograph by Jane Doe": a picture's maker, in any block. */
function isPictureCredit(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && from - 1 - k < MAX_CREDIT_TITLE_WORDS && tokens[k]!.capitalised && !/^by$/iu.test(tokens[k]!.text)) k--;
  return k >= 1 && /^by$/iu.test(tokens[k]!.text) && PICTURE_WORDS.test(tokens[k - 1]!.text);
}

/** What a story's makers are, as an author's note at its foot calls them ("… is a reporter for …"). */
const MAKER_ROLES = /^(?:reporter|editor|correspondent|columnist|writer|contributor|journalist|producer|photographer|author|freelancer|intern)s?$/iu;
/** Most words of an author's note: one short sentence. */
const MAX_AUTHOR_BIO_WORDS = 25;

/**
 * An author's note: a short block that opens with the name, then "is a/an/the" and a maker's role within a few words
 * ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR", "Jane Doe is a senior reporter at …").
 */
function isAuthorBio(tokens: Token[], from: number, to: number): boolean {
  // "Dan Goodin Dan is the Security Editor …": the note may go on with the given name alone.
  // Said again after the name, the given name marks an author's box, however long the note ("Dan Goodin / Dan is the
  // Security Editor at Ars Technica, which he joined in 2012 …").
  const again = tokens[to]?.text === tokens[from]!.text;
  const verb = again ? to + 1 : to;
  if (from !== 0 || (tokens.length > MAX_AUTHOR_BIO_WORDS && !again) || !/^is$/iu.test(tokens[verb]?.text ?? '') || !/^(?:a|an|the)$/iu.test(tokens[verb + 1]?.text ?? '')) return false;
  return tokens.slice(verb + 2, verb + 7).some((t) => MAKER_ROLES.test(t.text));
}

/** Most words of a line holding an outlet, a date and the author's name. */
const MAX_DATED_BYLINE_WORDS = 12;

/**
 * A name right beside a slash with no space before it, as photo credits write it: "Alex Wong/Getty Images", "AP
 * Photo/Ted S. Warren", "(Oleg Urusov/ Roscosmos Press Service photo via AP)".
 */
function isSlashCredit(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  return (tokens[from]!.gap === '/' && tokens[from - 1]!.capitalised) || (after !== undefined && /^\/\s?$/u.test(after.gap) && after.capitalised);
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
  if (isAuthorBio(tokens, from, to)) return true;
  if (target.kind === 'paragraph' || target.kind === 'heading' || target.kind === 'embed') return false;
  if (/^\s\/\s/u.test(rest) || /\s\/\s$/u.test(first.gap)) return true;
  // "The Guardian 02/10/2020 Anna Fazackerley": a name closing a short line right after its date is the byline's.
  const before = tokens[from - 1];
  const afterDate = before !== undefined && (/^(?:19|20)\d\d$/u.test(before.text) || (/^\d{1,2}$/u.test(before.text) && /^[/.-]$/u.test(before.gap)));
  if (afterDate && to === tokens.length && tokens.length <= MAX_DATED_BYLINE_WORDS && atBlockEnd && /^\s*$/u.test(rest)) return true;
  // Not a caption: a photo of a person is captioned with their name alone.
  if (target.kind === 'caption') return false;
  // A whole line, or one with the dash that parted it from its date ("Dan Goodin -").
  if (from === 0 && to === tokens.length && atBlockEnd && /^\s*[-–—|]?\s*$/u.test(rest)) return true;
  return from <= 3 && /^from$/iu.test(tokens[from - 1]?.text ?? '') && to === tokens.length;
}

/** A name beside a credit line's slash or "©". */
const besideSlash = (tokens: Token[], from: number, to: number) => /[/©]/u.test(tokens[from]!.gap) || (tokens[to]?.gap ?? '').includes('/');

/** A surname by its shape alone: O' and a capitalised name ("O’Rourke", "O'Brien"). */
const IRISH_SURNAME = /^O['’]\p{Lu}\p{Ll}{2,}$/u;

/** Particles that open a surname and are no given name when capitalised at a sentence's start ("Bin Laden", "Van Gogh"). */
const OPENING_PARTICLES = new Set(['Bin', 'Ibn', 'Van', 'Von', 'De', 'Del', 'Della', 'Da', 'Der', 'Den', 'Ter', 'Dos', 'Du']);

/** Compass words that make the name after them a region's: the region prefixes that are directions. */
const COMPASS_WORDS = new Set([...REGION_PREFIXES].filter((w) => /^(?:north|south|east|west|central)/u.test(w)));

/** Whether the reading at `i` is a person: vouched for, and not a place that says where someone is from. */
function isPerson({ tokens, text, titleCase }: MentionContext, i: number, { bracketed, title, introduced, runTo, words }: NameReading): boolean {
  // A name may open with an initial ("C. Eugene Steuerle"): its given name is the word after it. A capital alone
  // without its full stop is no initial but a label ("F Hamidou Diallo": a forward), and opens no name.
  const initialFirst = /^\p{Lu}$/u.test(words[0] ?? '');
  if (initialFirst && text[tokens[i]!.end] !== '.') return false;
  const opening = (initialFirst && words.length >= 3 ? words[1] : words[0]) ?? '';
  const parts = opening.split('-'); // "Jean-Claude" is a given name when "Jean" or "Claude" is
  // A given name only the name lists know vouches with a surname that is no English word ("Gael Monfils", not
  // "Atlas Shrugs" or "Rica Launches").
  const listedOnly = parts.every((p) => !isFirstName(p) || isListedGivenNameOnly(p));
  const byGiven = parts.some(isFirstName) && !(listedOnly && words.slice(1).some(isCommonWordOrInflection));
  // "Beto O’Rourke": a surname of the Irish shape vouches for the word before it.
  const irishSurname = words.length === 2 && IRISH_SURNAME.test(words[1]!) && !isCommonWordOrInflection(words[0]!) && !isPlaceName(words[0]!);
  // "Saddam Hussein", "Nerlens Noel": a word no list knows, then a given name the lexicon knows, as Arabic names and
  // rare given names before a surname that is also a given name are written; not a role's noun ("Insider Jason"),
  // and the whole run, not two words cut from a longer one ("Te Kaurinui Robert Parata").
  const after = tokens[runTo];
  const wholeRun = !(after?.capitalised && joinsPrevious(tokens, runTo));
  const bySecondGiven =
    !titleCase && wholeRun && words.length === 2 && NAME_SHAPE.test(words[0]!) && !hasAgentNounShape(words[0]!) && isFirstName(words[1]!) && !isListedGivenNameOnly(words[1]!) && !words.some(isCommonWordOrInflection) && !isPlaceName(words[0]!) && !isLastName(words[0]!);
  // "Son Heung-min", "Heung-min Son": a short family name and a hyphenated Korean given name, in either order.
  const given = words.length === 2 ? words.find((w) => EAST_ASIAN_GIVEN.test(w)) : undefined;
  const family = words.find((w) => w !== given);
  const eastAsian =
    !titleCase && wholeRun && given !== undefined && family !== undefined && EAST_ASIAN_FAMILY.test(family) && !isCommonWordOrInflection(given.split('-')[0]!) && !isPlaceName(family) && !isPlaceName(given);
  const vouched = runTo > i && (title.titled || bracketed.length > 0 || introduced > i || irishSurname || bySecondGiven || eastAsian || (words.length >= 2 && (byGiven || (!titleCase && (isLastName(parts[0]!) || opensWordGivenName(tokens, i, text))))));
  // "a Virginia Democrat", "the Virginia Democrat": after an article, a place that is also a given name says where
  // someone is from.
  const placeThenNoun = words.length === 2 && !title.titled && /^(?:an?|the)$/iu.test(tokens[i - 1]?.text ?? '') && isPlaceName(words[0]!);
  // "the northern Sierra Nevada": after a compass word in lower case, a name is a region's.
  const before = tokens[i - 1];
  const afterCompass = before !== undefined && tokens[i]!.gap === ' ' && /^\p{Ll}+$/u.test(before.text) && COMPASS_WORDS.has(before.text);
  // "@MattBevin", "#Hamilton Chicago show": a handle or a hashtag is no name, whatever title stands before it.
  const handle = /[@#]$/u.test(tokens[i]!.gap);
  return vouched && !placeThenNoun && !afterCompass && !handle && !(words.length === 1 && placeAt(tokens, i, i + 1, text));
}

/** Whether a vouched-for name starts at token `i`. */
export const isPersonAt = (ctx: MentionContext, i: number, runEnd: number): boolean => isPerson(ctx, i, nameReading(ctx, i, runEnd));

/** A person, with the title the text gives them, marked as a credit (photographer, byline author) where it is one. */
export const person: MentionRule = {
  name: 'person',
  match: (ctx, { i, runEnd }) => {
    const { tokens, text, target } = ctx;
    const reading = nameReading(ctx, i, runEnd);
    if (!isPerson(ctx, i, reading)) return null;
    const { bracketed, title, runTo, words } = reading;
    // "The Cynthia Woods Mitchell Pavilion", "the Walter Reed Hospital": a name whose last word is a place's or a
    // thing's noun names that place or thing.
    if (words.length >= 2 && !title.titled && endsNameOfThing(words.at(-1)!)) return null;
    const t = tokens[i]!;
    // "Walter Reed hospital", "the Hyde amendment": a name that names a thing.
    const after = tokens[runTo];
    const namesThing = after !== undefined && after.gap === ' ' && !tokens[runTo - 1]!.possessive && !after.capitalised && isNamedThingNoun(after.text);
    let from = i;
    // "Bin Laden" at a sentence's start is "bin Laden": a particle opening the name is no given name, so the name
    // groups with "Osama bin Laden" by its surname.
    const nameWords = [...bracketed, ...(words.length >= 2 && OPENING_PARTICLES.has(words[0]!) ? words.slice(1) : words)];
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
    const inCredit = (ctx.credit && besideSlash(tokens, from, runTo)) || byline || isSlashCredit(tokens, from, runTo) || isPictureCredit(tokens, from) || isMakerName(target, tokens, from, runTo);
    // "Jr." keeps its full stop.
    const last = tokens[runTo - 1]!;
    const endAt = isNameSuffix(last.text) && text[last.end] === '.' ? last.end + 1 : last.end;
    // "Queen Elizabeth", "Pope Francis": a monarch or pope named by one given name is named with the title.
    const regnal = tokens[from - 1];
    const byRegnalTitle = nameWords.length === 1 && regnal !== undefined && regnal.capitalised && tokens[from]!.gap === ' ' && isRegnalTitle(regnal.text);
    const key = bracketed.length ? nameWords.join(' ') : byRegnalTitle ? `${regnal.text} ${text.slice(tokens[from]!.start, endAt)}` : text.slice(tokens[from]!.start, endAt);
    const span = { end: endAt, text: text.slice(tokens[from]!.start, endAt) };
    const extra = { ...span, nameWords, description: title.description, inCredit, ...(byline ? { byline } : {}), ...(namesThing ? { namesThing } : {}) };
    return { next: runTo, found: [mentionOf(ctx, 'person', from, runTo, key, title.country, extra)] };
  },
};
