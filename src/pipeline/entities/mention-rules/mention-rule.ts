/**
 * What a mention rule is: a small pure function that, at one word of a capitalised run, either declines or says what
 * the words there name and where the walk goes on. The ordered list of rules and the driver are in find-mentions.ts.
 */
import type { BlockKind, EntityType } from '../../../contract/article';
import { listsSubjects, opensOrganizationWith } from '../../language';
import { placeContext } from '../place-rules';
import { isTitleCase } from '../token-rules';
import { tokenizeText, type Token } from '../tokenize-text';

/** Where a mention sits: a block (or a section id for its heading), with the block's kind. */
export type Target = { block: string; text: string; kind: 'heading' | BlockKind };

/** A found mention, before mentions are grouped into entities. */
export type Found = {
  type: EntityType;
  block: string;
  start: number;
  end: number;
  text: string;
  /** Canonical form for grouping: a country's name, a place's or organisation's name, a person's full name. */
  key: string;
  /** Places: their country; people: the country their title names. */
  country: string | null;
  /** People: name words (with a bracketed given name the text supplies); the title the text gives them. */
  nameWords?: string[];
  description?: string | null;
  /** A name in a credit line (a byline, a photo credit): who made the story, not who is in it. */
  inCredit: boolean;
  /** A name a byline gives as the story's author ("By Jane Doe", "Analysis by …"). */
  byline?: boolean;
  /** A name followed by the noun of a thing named after someone ("Walter Reed hospital"): not a person here. */
  namesThing?: boolean;
};

/** Capitalised words that may be a known person's name or surname, resolved once all names are known. */
export type Loose = { block: string; tokens: Token[]; inCredit: boolean };

/** What every rule may read about the target: its tokens, and facts about the whole line. */
export type MentionContext = {
  target: Target;
  text: string;
  tokens: Token[];
  /** A credit line: names beside its slashes are photographers. */
  credit: boolean;
  /** A headline-style line: every word is capitalised, so capitals and titles vouch for less. */
  titleCase: boolean;
};

/** Where the walk is: token `i` of the capitalised run that ends before token `runEnd`. */
export type Position = {
  i: number;
  runEnd: number;
  /** Every word of the run before `i` was a sentence's opening word ("However", "The"): `i` may be one too. */
  opening: boolean;
};

/** A rule's decision: the mentions and loose words it found, and the token the walk goes on from (past `i`). */
export type RuleMatch = {
  next: number;
  found?: Found[];
  loose?: Loose[];
  /** The word at `next` still opens the run (only the opening-word rule says so). */
  opening?: boolean;
};

/** One named rule. `match` is pure: it reads the context and the position and returns a decision, or null to pass. */
export type MentionRule = { name: string; match: (ctx: MentionContext, at: Position) => RuleMatch | null };

/** The context of one target, read once before its runs are walked. */
export function mentionContext(target: Target): MentionContext {
  const tokens = tokenizeText(target.text);
  return { target, text: target.text, tokens, credit: target.kind === 'credit', titleCase: target.kind !== 'credit' && isTitleCase(tokens, target.text) };
}

/** A mention over tokens [from, to); `extra` may override its span (a person's "Jr." keeps its full stop). */
export function mentionOf(ctx: MentionContext, type: EntityType, from: number, to: number, key: string, country: string | null, extra: Partial<Found> = {}): Found {
  const a = ctx.tokens[from]!;
  const b = ctx.tokens[to - 1]!;
  return { type, block: ctx.target.block, start: a.start, end: b.end, text: ctx.text.slice(a.start, b.end), key, country, inCredit: false, ...extra };
}

/** A place over tokens [from, to): its country is the one its context gives ("the Russian city of …"), else `country`. */
export function placeMention(ctx: MentionContext, from: number, to: number, country: string | null): Found {
  const { tokens, text } = ctx;
  return mentionOf(ctx, 'place', from, to, text.slice(tokens[from]!.start, tokens[to - 1]!.end), placeContext(tokens, from, to - from, text) ?? country);
}

/**
 * Capitalised words over tokens [from, to) left for group-entities to match against the article's people; a lower-case
 * word that ends the run ("Donald Trump and | Twitter Inc": the "and") is not one of them.
 */
export function looseWords(ctx: MentionContext, from: number, to: number): Loose {
  let end = to;
  while (end > from + 1 && !ctx.tokens[end - 1]!.capitalised) end--;
  return { block: ctx.target.block, tokens: ctx.tokens.slice(from, end), inCredit: ctx.credit };
}

/**
 * An organisation over tokens [start, to), and its acronym when the text gives it in brackets ("English Defence
 * League (EDL)"); the words before it that are not its own are loose.
 */
export function organizationMatch(ctx: MentionContext, start: number, to: number): RuleMatch {
  const { tokens, text } = ctx;
  let from = start;
  // "Matthew Continetti and Reuters": an organisation starts after the last "and"/"the" inside its run, and
  // in a headline-style line after at most three words before its head word.
  // Not an "and" in a body's list of subjects ("Ministry of Health and Family Welfare"), and not past the word that
  // opens an "X of Y" name.
  let opener = to;
  for (let j = start; j < to - 2 && opener === to; j++) if (opensOrganizationWith(tokens[j]!.text, tokens[j + 1]!.text)) opener = j;
  const subjects = opener < to && listsSubjects(tokens[opener]!.text) ? opener : to;
  for (let j = to - 2; j > start; j--) if (/^(?:and|the)$/u.test(tokens[j]!.text) && !(tokens[j]!.text === 'and' && j > subjects)) from = Math.max(from, j + 1);
  if (ctx.titleCase) from = Math.max(from, (opener < to ? opener : to - 1) - 3);
  const loose = from > start ? [looseWords(ctx, start, from)] : [];
  while (from < to - 1 && /^(?:former|senior|top|acting|then|ex)$/iu.test(tokens[from]!.text)) from++;
  const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const found = [mentionOf(ctx, 'organization', from, to, name, null)];
  const acronym = tokens[to];
  if (acronym?.allCaps && /\($/u.test(acronym.gap) && text[acronym.end] === ')') found.push(mentionOf(ctx, 'organization', to, to + 1, name, null));
  return { next: to, found, loose };
}

/**
 * Remembers the last answer of a reading per context, for one (i, runEnd): several rules tried at the same word
 * share a reading (the country there, the name there) without computing it again.
 */
export function perWord<T>(read: (ctx: MentionContext, i: number, runEnd: number) => T): (ctx: MentionContext, i: number, runEnd: number) => T {
  const last = new WeakMap<MentionContext, { i: number; runEnd: number; value: T }>();
  return (ctx, i, runEnd) => {
    const hit = last.get(ctx);
    if (hit && hit.i === i && hit.runEnd === runEnd) return hit.value;
    const value = read(ctx, i, runEnd);
    last.set(ctx, { i, runEnd, value });
    return value;
  };
}
