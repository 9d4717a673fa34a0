// Speech acts: in one sentence of a paragraph, each speech verb and the phrase that names who spoke.
import type { Entity, EntityType } from '../../contract/article';
import {
  CALENDAR_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  FILLER_WORDS,
  INDEFINITE,
  INTRO_WORDS,
  INVERTING_VERBS,
  OBJECT_PRONOUN_SUBJECTS,
  hasInflectionEnding,
  isCommonWord,
  isFunctionWord,
  isPreposition,
  isSpeakerNoun,
  isSpeechVerbLemma,
  isVerbForm,
  SPEAKER_NAME_JOINERS,
  NOT_SPEECH_BEFORE_TO,
  NOUN_MARKERS,
  ORGANIZATION_NOUNS,
  PASSIVE_BEFORE,
  PERSON_ROLES,
  PHRASAL_SPEECH_VERBS,
  AFFILIATION_PREPOSITIONS,
  POSSESSIVE_AFTER,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  RELATIVE_WORDS,
  SEGMENT_BREAK,
  SPEAKER_FOLLOWS,
  SPEECH_VERB_FORMS,
  SUBJECT_PRONOUNS,
  UNNAMED_PLURALS,
  isSpeakerPlural,
} from '../language';
import { mentionStartingAt, type ParagraphView, type Token } from './read-paragraph';

/** Who a speech verb's subject phrase points at, before it is resolved to an entity. */
export type Subject =
  | { kind: 'entity'; id: string; type: EntityType; at: number }
  | { kind: 'pronoun'; pronoun: string; at: number }
  | { kind: 'person-role'; role: string; at: number }
  | { kind: 'organization-role'; head: string; at: number }
  /** A phrase that names no one ("a government spokesman", "the document"); `personLike` if it is a person. */
  | { kind: 'unnamed'; personLike: boolean; at: number };

/** One speech verb (offsets into the paragraph) and its subject, or null when none could be found. */
export type SpeechAct = { verbStart: number; verbEnd: number; subject: Subject | null };

const ORGANIZATION_WORDS = new Set(ORGANIZATION_NOUNS.filter((h) => !h.includes(' ')));
const ORGANIZATION_PHRASES = ORGANIZATION_NOUNS.filter((h) => h.includes(' '));
/** Last words of two-word roles and organization heads ("prime minister", "white house"): only these need a look back. */
const ROLE_AND_ORGANIZATION_PHRASE_ENDS = new Set([...ORGANIZATION_PHRASES, ...PERSON_ROLES.filter((r) => r.includes(' '))].map((p) => p.split(' ').pop()!));

/** Index of the first word of the paragraph starting at or after `offset`. */
function firstTokenFrom(all: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The paragraph's words between two offsets, as indices [from, to) into view.tokens: from the first word starting at
 * or after `start`, the run of words that end by `end` (words and their ends are in order).
 */
function tokenRange(view: ParagraphView, start: number, end: number): [number, number] {
  const all = view.tokens;
  const from = firstTokenFrom(all, start);
  let lo = from;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= end) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

/** The paragraph's words between two offsets (the paragraph is tokenised once, in readParagraph), at most `limit` of them. */
function tokensOf(view: ParagraphView, start: number, end: number, limit = Infinity): Token[] {
  const [from, to] = tokenRange(view, start, end);
  return view.tokens.slice(from, Math.min(to, from + limit));
}

/** The mention a word falls in (found once, when the paragraph was read). */
const mentionAt = (t: Token) => t.mention;

const isSpaceAt = (text: string, i: number) => /\s/u.test(text[i] ?? '');

/**
 * Whether text[from, to) ends with `pattern` (anchored with $), testing only its last `chunks` runs of non-space
 * characters and the space before them: the patterns here never reach further back, and testing the whole lead of
 * every speech verb was quadratic in a sentence of thousands of verbs. The character kept before the chunks is a
 * space, so a \b at the start of a match sees what it saw in the whole text.
 */
function endsWith(text: string, from: number, to: number, pattern: RegExp, chunks: number): boolean {
  let i = to;
  for (let c = 0; c < chunks && i > from; c++) {
    while (i > from && isSpaceAt(text, i - 1)) i--;
    while (i > from && !isSpaceAt(text, i - 1)) i--;
  }
  return pattern.test(text.slice(Math.max(from, i - 1), to));
}

/** Whether two words of the paragraph stand apart by white space only (no mark, no masked quote between them). */
const spacedApart = (view: ParagraphView, a: Token, b: Token) => /^\s+$/u.test(view.masked.slice(a.end, b.start));

/** A closing mark, then perhaps a comma or a stop, at the end of the text before a verb: `"…," said`. */
const AFTER_CLOSING_MARK = /["”»]\s*[,.]?\s*$/u;
const AFTER_COMMA = /,\s*$/u;

/** A lower-case noun that may be a verb's speaker: a person's or organisation's noun, or a plural ("the officials"). */
const mayBeSpeaker = (lower: string) => isSpeakerNoun(lower) || ORGANIZATION_WORDS.has(lower) || /s$/u.test(lower);

/** Speech verbs of the sentence, in order: one-word forms in lower case, not used as nouns, and two-word phrases. */
/** A speech verb's offsets; `follows` when its subject comes after it; `subject` when the verb's frame names it. */
type Verb = { start: number; end: number; follows: boolean; subject?: Subject };

function findVerbs(view: ParagraphView, tokens: Token[], start: number, end: number): Verb[] {
  const verbs: Verb[] = [];
  const segment = view.masked.slice(start, end);
  for (const m of segment.matchAll(PHRASAL_SPEECH_VERBS)) {
    verbs.push({ start: start + m.index, end: start + m.index + m[0].length, follows: SPEAKER_FOLLOWS.test(m[0]) });
  }
  // Only a two-word phrase can hold a word (words do not overlap), and the phrases are in order and do not overlap:
  // the one that could is the last to start at or before the word.
  const phrases = verbs.length;
  let phrase = -1;
  tokens.forEach((t, i) => {
    if (!SPEECH_VERB_FORMS.has(t.text) || mentionAt(t)) return;
    const prev = tokens[i - 1];
    if (prev && (NOUN_MARKERS.has(prev.lower) || /['’]s?$/u.test(prev.text) || POSSESSIVE_AFTER.test(view.masked.slice(prev.end)))) return;
    // "an independent state", "a formal complaint": a bare form after a marker and a modifier is a noun. Not after
    // a noun that speaks ("an officer said", "the agency state"), nor a past form, nor after a comma ("a signatory to
    // the letter, told").
    const prev2 = tokens[i - 2];
    if (prev && prev2 && /^\s+$/u.test(view.masked.slice(prev.end, t.start)) && NOUN_MARKERS.has(prev2.lower) && /^\p{Ll}+$/u.test(prev.text) && !mayBeSpeaker(prev.lower) && !isVerbForm(prev.lower) && !INVERTING_VERBS.has(t.lower) && !hasInflectionEnding(t.lower)) return;
    // "the Energy and Water think tank, told": a verb's bare form right after a singular name, with a lower-case word
    // after it, is the first half of a compound noun (a singular name would take "thinks").
    const next = tokens[i + 1];
    if (prev && next && /^\p{Lu}\p{Ll}/u.test(prev.text) && !/s$/u.test(prev.text) && mentionAt(prev)?.entity.type !== 'person' && t.text === t.lower && isSpeechVerbLemma(t.lower) && /^\p{Ll}+$/u.test(next.text) && !isPreposition(next.lower) && !DETERMINERS.has(next.lower) && spacedApart(view, prev, t) && spacedApart(view, t, next)) return;
    if (prev?.lower === 'to' && /^\s+$/u.test(view.masked.slice(prev.end, t.start))) return; // "declined to comment", "to claim that
    while (phrase + 1 < phrases && verbs[phrase + 1]!.start <= t.start) phrase++;
    if (phrase >= 0 && t.end <= verbs[phrase]!.end) return;
    // "continue to take action", "promised to": a verb leading another verb, not a report of speech.
    if (/^\s+to\s/u.test(view.masked.slice(t.end)) && NOT_SPEECH_BEFORE_TO.has(t.lower)) return;
    // "is said to be": hearsay, not a speaker.
    if (prev && /^(?:is|are|was|were|be|been)$/u.test(prev.lower) && /^\s+to\s/u.test(view.masked.slice(t.end))) return;
    verbs.push({ start: t.start, end: t.end, follows: false });
  });
  for (const verb of framingVerbs(view, tokens, start)) if (!verbs.some((v) => v.start <= verb.start && verb.end <= v.end)) verbs.push(verb);
  return verbs.sort((a, b) => a.start - b.start);
}

/** A quote closed with a comma (or a ? or !) at the end of the text before a word: `"…," remembers`, `"…?" Challenger`. */
const QUOTE_THEN_COMMA = /(?:[,?!]\s*["”»]|["”»]\s*,)\s*$/u;
const isPerson = (t: Token | undefined) => t?.mention?.entity.type === 'person';

/**
 * Verbs outside the speech-verb list that still frame a quote, because a person stands right beside them just
 * after the quote: `"…," remembers Shanna Challenger`, `"…," Challenger recalls.`; and "in X's words".
 */
function framingVerbs(view: ParagraphView, tokens: Token[], start: number): Verb[] {
  const out: Verb[] = [];
  const { masked, text } = view; // the quote's own closing comma is masked: look for it in the text
  tokens.forEach((t, i) => {
    if (mentionAt(t) || !/^\p{Ll}+$/u.test(t.text)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.lower === 'words' && prev && /['’]s?$/u.test(prev.text)) {
      // "In Dr. Shadlen's words, …": the possessive token is longer than the mention inside it.
      const owner = view.mentions.find((m) => m.entity.type === 'person' && m.start <= prev.start && prev.start < m.end);
      if (owner && /\bin\s+(?:\S+\s+){0,3}$/iu.test(masked.slice(Math.max(start, owner.start - 30), owner.start))) {
        out.push({ start: t.start, end: t.end, follows: false, subject: { kind: 'entity', id: owner.entity.id, type: owner.entity.type, at: owner.start } });
      }
      return;
    }
    if (!isVerbForm(t.lower)) return;
    const verbThenName = isPerson(next) && /^\s+$/u.test(masked.slice(t.end, next!.start)) && QUOTE_THEN_COMMA.test(text.slice(start, t.start));
    const nameThenVerb =
      isPerson(prev) &&
      /^\s+$/u.test(masked.slice(prev!.end, t.start)) &&
      QUOTE_THEN_COMMA.test(text.slice(start, prev!.mention!.start)) &&
      /^\s*(?:[.,;]|$)/u.test(masked.slice(t.end));
    if (verbThenName || nameThenVerb) out.push({ start: t.start, end: t.end, follows: verbThenName });
  });
  return out;
}

/**
 * A trie of every person's and organization's names and aliases, read backwards, for each article's entities: node
 * 0 is the root, a child is found under parent * 65536 + the UTF-16 unit, and `forms` holds the entities whose name
 * or alias ends at a node (with the form's place among the entity's names). One map for all edges keeps it small.
 */
type NameTrie = { next: Map<number, number>; forms: Map<number, Array<{ entity: Entity; index: number }>> };
const nameTries = new WeakMap<readonly Entity[], NameTrie>();

function nameTrie(entities: readonly Entity[]): NameTrie {
  let trie = nameTries.get(entities);
  if (!trie) {
    const t: NameTrie = { next: new Map(), forms: new Map() };
    for (const entity of entities) {
      if (entity.type !== 'person' && entity.type !== 'organization') continue;
      [entity.name, ...entity.aliases].forEach((form, index) => {
        let node = 0;
        for (let i = form.length - 1; i >= 0; i--) {
          const edge = node * 0x10000 + form.charCodeAt(i);
          let child = t.next.get(edge);
          if (child === undefined) t.next.set(edge, (child = t.next.size + 1));
          node = child;
        }
        let here = t.forms.get(node);
        if (!here) t.forms.set(node, (here = []));
        if (!here.some((f) => f.entity === entity)) here.push({ entity, index });
      });
    }
    nameTries.set(entities, (trie = t));
  }
  return trie;
}

/** Each person or organization of a paragraph by the order of its first mention there. */
const mentionRanks = new WeakMap<ParagraphView, Map<Entity, number>>();
function mentionRank(view: ParagraphView): Map<Entity, number> {
  let ranks = mentionRanks.get(view);
  if (!ranks) {
    ranks = new Map();
    for (const m of view.mentions) if ((m.entity.type === 'person' || m.entity.type === 'organization') && !ranks.has(m.entity)) ranks.set(m.entity, ranks.size);
    mentionRanks.set(view, ranks);
  }
  return ranks;
}

/**
 * The first of the paragraph's people and organizations (by first mention) with a name or alias that the text up to
 * `end` ends with, after a non-letter; its first such form. Read backwards along a trie of all names, not by testing
 * every alias of every mention, which was quadratic in a paragraph naming thousands of people.
 */
function formEndingAt(view: ParagraphView, end: number): { entity: Entity; length: number } | null {
  const ranks = mentionRank(view);
  const text = view.masked;
  const trie = nameTrie(view.entities);
  let best: { entity: Entity; length: number; rank: number; index: number } | null = null;
  for (let length = 0, node: number | undefined = 0; node !== undefined && length <= end; length++) {
    const forms = trie.forms.get(node);
    if (forms && !/\p{L}/u.test(text[end - length - 1] ?? '')) {
      for (const { entity, index } of forms) {
        const rank = ranks.get(entity);
        if (rank === undefined) continue;
        if (!best || rank < best.rank || (rank === best.rank && index < best.index)) best = { entity, length, rank, index };
      }
    }
    node = length < end ? trie.next.get(node * 0x10000 + text.charCodeAt(end - length - 1)) : undefined;
  }
  return best;
}

/**
 * Where the walk back from word j over capitalised words and name joiners, separated by spaces, stops: at a word in
 * a person's or organization's mention (`hit`), or where the run breaks. Memoised per paragraph, since every word of
 * a long capitalised run would walk it again.
 */
type WalkEnd = { at: number; hit: boolean };
const walks = new WeakMap<ParagraphView, Map<number, WalkEnd>>();
function walkBack(view: ParagraphView, j: number): WalkEnd {
  let known = walks.get(view);
  if (!known) walks.set(view, (known = new Map()));
  const all = view.tokens;
  const path: number[] = [];
  let k = j;
  let end: WalkEnd | undefined;
  while (!(end = known.get(k))) {
    const w = all[k]!;
    if (!/^\s+$/u.test(view.masked.slice(w.end, all[k + 1]!.start))) end = { at: k, hit: false };
    else {
      const mention = mentionAt(w);
      if (mention && (mention.entity.type === 'organization' || mention.entity.type === 'person')) end = { at: k, hit: true };
      else if (!/^\p{Lu}/u.test(w.text) && !SPEAKER_NAME_JOINERS.has(w.lower)) end = { at: k, hit: false };
      else if (k === 0) end = { at: -1, hit: false };
    }
    path.push(k);
    if (end) break;
    k--;
  }
  for (const p of path) known.set(p, end);
  return end;
}

/**
 * The entity a capitalised word ends the name of, when the entity stage left it out of a mention: a full name or
 * alias ending here ("Wang Yi" where only "Wang" was marked), or a mention inside the same run of capitalised
 * words ("Indian Ministry of Health and Family Welfare").
 */
function nameEndingAt(view: ParagraphView, tokens: Token[], i: number): Subject | null {
  const t = tokens[i]!;
  const form = formEndingAt(view, t.end);
  if (form) return { kind: 'entity', id: form.entity.id, type: form.entity.type, at: t.end - form.length };
  if (i === 0) return null;
  // The walk may not leave `tokens`, which start at word tokens[0].index of the paragraph.
  const walk = walkBack(view, tokens[i - 1]!.index);
  if (!walk.hit || walk.at < tokens[0]!.index) return null;
  const mention = mentionAt(view.tokens[walk.at]!)!;
  return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at: mention.start };
}

/** The subject a single token stands for, looking left over adjectives for a determiner. */
function subjectOfToken(view: ParagraphView, tokens: Token[], i: number): Subject | null {
  const t = tokens[i]!;
  const mention = mentionAt(t);
  if (mention) return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at: mention.start };
  const pronoun = SUBJECT_PRONOUNS[t.lower];
  if (pronoun) return { kind: 'pronoun', pronoun: t.lower, at: t.start };
  // A group that speaks ("Prosecutors alleged"); not the object of a verb before it ("reminded senators that").
  const group = isSpeakerPlural(t.lower) && !(i > 0 && isVerbForm(tokens[i - 1]!.lower));
  if (UNNAMED_PLURALS.test(t.lower) || group) return { kind: 'unnamed', personLike: true, at: t.start };
  const isRole = isSpeakerNoun(t.lower);
  const tail = ROLE_AND_ORGANIZATION_PHRASE_ENDS.has(t.lower) ? view.masked.slice(Math.max(0, t.end - 40), t.end).toLowerCase() : '';
  const isOrganization = ORGANIZATION_WORDS.has(t.lower) || ORGANIZATION_PHRASES.some((h) => tail.endsWith(h));
  const next = tokens[i + 1];
  const nameFollows = next && /^\p{Lu}/u.test(next.text) && /^\s+$/u.test(view.masked.slice(t.end, next.start));
  if (isRole && nameFollows) {
    // "researcher Lane Hartill": the name, if the entity stage knows it, else someone we cannot name.
    const named = mentionAt(next);
    return named ? { kind: 'entity', id: named.entity.id, type: named.entity.type, at: named.start } : { kind: 'unnamed', personLike: true, at: t.start };
  }
  if (!isRole && !isOrganization && /^\p{Lu}[\p{Ll}\p{Lu}]/u.test(t.text) && i > 0 && !DETERMINERS.has(t.lower) && !CALENDAR_WORDS.test(t.text)) {
    const named = nameEndingAt(view, tokens, i);
    if (named) return named;
    // A capitalised word that no entity claims is a name we do not know: better no speaker than a wrong one.
    // An acronym ("ICE", "NBI") is more likely an organization, which pronouns do not point back at.
    return { kind: 'unnamed', personLike: !/^\p{Lu}+$/u.test(t.text), at: t.start };
  }
  // Look left over modifiers ("the Russian foreign minister") for what introduces the phrase.
  let j = i - 1;
  while (j >= 0 && j >= i - 4 && !DETERMINERS.has(tokens[j]!.lower) && !mentionAt(tokens[j]!)) j--;
  const before = j >= 0 && j >= i - 4 ? tokens[j]! : undefined;
  const determiner = before && DETERMINERS.has(before.lower) ? before.lower : undefined;
  const possessed = before && mentionAt(before) && POSSESSIVE_AFTER.test(view.masked.slice(before.end));
  if (isRole || isOrganization) {
    const definite = determiner === 'the' || determiner === 'this' || determiner === 'that';
    if (possessed || (determiner && !definite) || INDEFINITE.has(determiner ?? '')) return { kind: 'unnamed', personLike: isRole, at: t.start };
    const multiWord = isRole ? PERSON_ROLES.find((r) => r.includes(' ') && tail.endsWith(r)) : undefined;
    if (isRole) return { kind: 'person-role', role: multiWord ?? t.lower, at: t.start };
    const phrase = ORGANIZATION_PHRASES.find((h) => tail.endsWith(h));
    return { kind: 'organization-role', head: phrase ?? t.lower, at: t.start };
  }
  // "the claim says", "the document stated": a thing, not a person, and no one named.
  if (determiner && j >= i - 2 && /^\p{Ll}/u.test(t.text) && !CONJUNCTIONS.has(t.lower) && !PREPOSITIONS.has(t.lower))
    return { kind: 'unnamed', personLike: false, at: t.start };
  return null;
}

/** The subject ranks of subjectInEarlierSegments: a person first, then an unknown name, a pronoun, a role, an organization. */
const rank = (s: Subject) =>
  s.kind === 'entity'
    ? s.type === 'person' ? 0 : s.type === 'organization' ? 3 : 5
    : s.kind === 'unnamed' ? 0.5 : s.kind === 'pronoun' ? 1 : s.kind === 'person-role' ? 2 : 4;
const better = (a: Subject, b: Subject | null) => !b || rank(a) - rank(b) < 0 || (rank(a) === rank(b) && a.at < b.at);

/** Conjunctions that open a new clause, whose subject follows them: "…, but General Mark Milley, chairman of …, told". */
const CLAUSE_CONJUNCTION = /^(?:but|and|yet|while|whereas)$/iu;

/**
 * Whether a segment opens a new clause with its subject: a clause conjunction right before a capitalised word. Its
 * subject then outranks any of the segments before it.
 */
function opensClause(view: ParagraphView, from: number, to: number): boolean {
  const [first, second] = tokensOf(view, from, to, 2);
  return first !== undefined && second !== undefined && CLAUSE_CONJUNCTION.test(first.text) && /^\p{Lu}/u.test(second.text) && /^\s+$/u.test(view.masked.slice(first.end, second.start));
}

/**
 * The candidate subjects of one segment of a sentence, in order (none after an introductory phrase). `clause`: the
 * segment opens a new clause (opensClause), whose conjunction is stepped over.
 */
function segmentCandidates(view: ParagraphView, from: number, to: number, clause: boolean): Subject[] {
  let tokens = tokensOf(view, from, to);
  if (clause) tokens = tokens.slice(1);
  else if (tokens[0] && (INTRO_WORDS.test(tokens[0].text) || /^\p{Lu}\p{Ll}+ing$/u.test(tokens[0].text))) return [];
  // A modifier set off inside the sentence, opened by a participle ("…, flanked by Leo Varadkar, claimed"): the
  // names in it are not the sentence's subject.
  else if (from > 0 && tokens[0] && /^\p{Ll}+(?:ed|en|ing)$/u.test(tokens[0].text) && isVerbForm(tokens[0].lower) && !SPEECH_VERB_FORMS.has(tokens[0].lower)) return [];
  // Where each word's run of capitalised words ("Armed Services and Homeland Security") ends, found right to left.
  const runEnd: number[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const next = tokens[i + 1];
    const joins = next && /^\s+$/u.test(view.masked.slice(tokens[i]!.end, next.start)) && (/^\p{Lu}/u.test(next.text) || SPEAKER_NAME_JOINERS.has(next.text));
    runEnd[i] = joins ? runEnd[i + 1]! : i;
  }
  const candidates: Subject[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]?.lower;
    if (prev && (PREPOSITIONS.has(prev) || POSSESSIVE_DETERMINERS.has(prev))) return; // an object or a modifier, not a subject
    if (/['’]s$/u.test(t.text) || /['’]s$/u.test(tokens[i - 1]?.text ?? '')) return; // "the Senate’s committees": a possessor and its thing
    // "Hartill, the Burundi researcher, said": a name opening the sentence, set off by a comma.
    const opensWithName = i === 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !mentionAt(t) && !isCommonWord(t.lower) && /^,/u.test(view.masked.slice(t.end));
    const subject: Subject | null = opensWithName ? { kind: 'unnamed', personLike: true, at: t.start } : subjectOfToken(view, tokens, i);
    // A capitalised name no entity claims ("Josep Borrell, High Representative …, said") still is the subject,
    // but not a capitalised modifier ("The Floridian lawmaker").
    const last = runEnd[i]!;
    const next = tokens[last + 1];
    const modifies =
      next && /^\p{Ll}/u.test(next.text) && /^\s+$/u.test(view.masked.slice(tokens[last]!.end, next.start)) &&
      !PREPOSITIONS.has(next.lower) && !CONJUNCTIONS.has(next.lower) && !FILLER_WORDS.has(next.lower);
    const unknownName = subject?.kind === 'unnamed' && subject.personLike && /^\p{Lu}/u.test(t.text) && !modifies;
    if (!subject || (subject.kind === 'unnamed' && !unknownName)) return;
    if (subject.kind === 'entity' && POSSESSIVE_AFTER.test(view.masked.slice(mentionStartingAt(view, subject.at)?.end ?? subject.at))) return;
    candidates.push(subject);
  });
  return candidates;
}

/** Whether the name at i is where someone is from or works: "from the People's University of China", "at Columbia University". */
function isPrepositionalObject(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const w = tokens[j]!;
    if (AFFILIATION_PREPOSITIONS.has(w.lower)) return true;
    if (!DETERMINERS.has(w.lower) && !/['’]s$/u.test(w.text)) return false;
  }
  return false;
}

/**
 * The words of one segment of a sentence (from a break to the next) up to the verb being read, and what is known
 * about them. All the verbs of a segment share its start, so each answer about a word (is it a subject the verb may
 * take?) holds for every later verb too, and is found once: the look-back for a subject was quadratic in a sentence of
 * thousands of verbs.
 */
type Segment = { own: Token[]; next: number; nearest: Array<{ at: number; subject: Subject | null }> };

/**
 * One sentence being read: where its segments start (the ends of its breaks: commas, dashes, marks), the segments
 * its verbs sit in, and the best subject of its earlier segments so far.
 */
class Sentence {
  private readonly breakEnds: number[] = [];
  private readonly segments = new Map<number, Segment>();
  /** best[k]: the best subject among the segments before break k ends (best[0]: none). */
  private readonly best: Array<Subject | null> = [null];

  constructor(
    private readonly view: ParagraphView,
    readonly start: number,
    readonly end: number,
  ) {
    for (const m of view.masked.slice(start, end).matchAll(SEGMENT_BREAK)) this.breakEnds.push(start + m.index + m[0].length);
  }

  /** How many breaks end at or before `offset`. */
  private breaksBefore(offset: number): number {
    let lo = 0;
    let hi = this.breakEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breakEnds[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The start of the segment holding `offset`: the end of the last break before it, or the sentence's start. */
  segmentStart(offset: number): number {
    const k = this.breaksBefore(offset);
    return k > 0 ? this.breakEnds[k - 1]! : this.start;
  }

  /** The words from `ownStart` (a segment start) to `verbStart`, extending the segment's list as verbs come in order. */
  words(ownStart: number, verbStart: number): Segment {
    let segment = this.segments.get(ownStart);
    if (!segment) this.segments.set(ownStart, (segment = { own: [], next: firstTokenFrom(this.view.tokens, ownStart), nearest: [] }));
    const all = this.view.tokens;
    while (segment.next < all.length && all[segment.next]!.end <= verbStart) segment.own.push(all[segment.next++]!);
    return segment;
  }

  /**
   * The subject of the first word at or before `k` (going left) that a verb takes when the phrase right before it
   * names no one: a name or pronoun that is no prepositional object, or someone unnamed. Needs words up to k + 1.
   */
  subjectLeftOf(segment: Segment, k: number): Subject | null {
    const { own, nearest } = segment;
    for (let j = nearest.length; j <= k; j++) {
      const s = subjectOfToken(this.view, own, j);
      const takes = (s && (s.kind === 'entity' || s.kind === 'pronoun') && !isPrepositionalObject(own, j)) || (s?.kind === 'unnamed' && s.personLike);
      nearest.push(takes ? { at: j, subject: s } : j > 0 ? nearest[j - 1]! : { at: -1, subject: null });
    }
    return k >= 0 ? nearest[k]!.subject : null;
  }

  /**
   * The subject among the segments before `to` (a segment start), leaving out introductory phrases ("Talking to
   * RBC,"): a person first, then an unknown name, a pronoun, a role, an organization; the earliest of the best kind.
   */
  subjectInEarlierSegments(to: number): Subject | null {
    const k = to === this.start ? 0 : this.breaksBefore(to);
    for (let j = this.best.length; j <= k; j++) {
      const [from, to] = [j === 1 ? this.start : this.breakEnds[j - 2]!, this.breakEnds[j - 1]!];
      const clause = opensClause(this.view, from, to);
      const candidates = segmentCandidates(this.view, from, to, clause);
      // A new clause with a subject of its own leaves the earlier clauses' subjects behind.
      let best = candidates.length > 0 && clause ? null : this.best[j - 1]!;
      for (const c of candidates) if (better(c, best)) best = c;
      this.best.push(best);
    }
    return this.best[k]!;
  }
}

/** The subject standing before a verb: the phrase right before it, else the sentence's subject further left. */
function subjectBefore(view: ParagraphView, sentence: Sentence, verbStart: number): Subject | null {
  const ownStart = sentence.segmentStart(verbStart);
  const segment = sentence.words(ownStart, verbStart);
  const { own } = segment;
  // "…,” Kurinji Selvaraj, a research analyst at the Council think tank told CBS", "Rhodri Thomas, Plaid Cymru health
  // spokesman said:": words right after a person's name and its comma that open with an article or end on a role, and
  // name no one else, are that person's apposition, and the verb closing them is theirs.
  const opener = own[0];
  const named = opener ? view.tokens[opener.index - 1] : undefined;
  const appositionOf = named && /^,\s+$/u.test(view.masked.slice(named.end, opener!.start)) ? mentionAt(named) : undefined;
  const appositive = /^(?:a|an|the)$/u.test(opener?.text ?? '') || isSpeakerNoun(own.at(-1)?.lower ?? '');
  if (appositionOf?.entity.type === 'person' && appositive && !own.some((t) => mentionAt(t)?.entity.type === 'person')) {
    return { kind: 'entity', id: appositionOf.entity.id, type: 'person', at: appositionOf.start };
  }
  let i = own.length - 1;
  while (i >= 0 && FILLER_WORDS.has(own[i]!.lower) && !mentionAt(own[i]!)) i--;
  if (i >= 0 && !RELATIVE_WORDS.has(own[i]!.lower)) {
    // "Paganini and his team wrote", "Smith and her colleagues said": the named person leads the group that speaks.
    const leader = i >= 3 && own[i - 2]!.lower === 'and' && POSSESSIVE_DETERMINERS.has(own[i - 1]!.lower) ? mentionAt(own[i - 3]!) : undefined;
    if (leader && leader.entity.type === 'person') return { kind: 'entity', id: leader.entity.id, type: 'person', at: leader.start };
    const direct = subjectOfToken(view, own, i);
    // "Wang Peng from the People's University of China said": the name before the preposition is the subject.
    const objectAt = direct?.kind === 'entity' ? Math.min(firstTokenFrom(own, direct.at), own.length) : -1;
    const found = objectAt < own.length ? objectAt : -1;
    if (direct && !(found >= 0 && isPrepositionalObject(own, found))) return direct;
    const s = sentence.subjectLeftOf(segment, (found >= 0 ? found : i) - 1);
    if (s) return s;
  }
  return sentence.subjectInEarlierSegments(ownStart);
}

/** Most lower-case words that may modify a person's role before it: "cross country (champion)". */
const MAX_ROLE_MODIFIERS = 3;

/** Whether lower-case words joined by spaces lead from token `i` to a person's role: "cross country | champion". */
function roleHeadAfter(view: ParagraphView, tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + MAX_ROLE_MODIFIERS; k++) {
    const t = tokens[k]!;
    // Only nouns and adjectives modify it: no grammar word ("the residence that her mother …"), no verb, no name.
    if (!spacedApart(view, tokens[k - 1]!, t) || !/^\p{Ll}/u.test(t.text) || isFunctionWord(t.lower) || isVerbForm(t.lower) || mentionAt(t)) return false;
    if (subjectOfToken(view, tokens, k)?.kind === 'person-role') return true;
  }
  return false;
}

/** The subject standing after a verb or "according to": the first name, role or pronoun within a few words. */
function subjectAfter(view: ParagraphView, verbEnd: number, end: number): Subject | null {
  const tokens = tokensOf(view, verbEnd, end, 8);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "According to him, …", "… was told by her": an object pronoun right after the verb stands for its subject;
    // "her" too, unless a noun follows it as its possessive ("according to her report").
    const next = tokens[i + 1];
    const alone = next === undefined || !/^\s+$/u.test(view.masked.slice(t.end, next.start));
    const objectPronoun = i === 0 && (t.lower !== 'her' || alone) ? OBJECT_PRONOUN_SUBJECTS[t.lower] : undefined;
    if (objectPronoun) return { kind: 'pronoun', pronoun: objectPronoun, at: t.start };
    if (DETERMINERS.has(t.lower) || FILLER_WORDS.has(t.lower)) continue;
    const opening = mentionAt(t);
    if (/^\p{Lu}/u.test(t.text) && (!opening || opening.entity.type === 'organization')) {
      // "said House Minority Leader Kevin McCarthy": a run of title words ends in the name; after an organisation
      // ("said White House Press Secretary Stephanie Grisham") only a person's name does.
      for (let k = i + 1; k < tokens.length && /^[\s.]+$/u.test(view.masked.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) {
        const named = mentionAt(tokens[k]!);
        if (named && named === opening) continue;
        if (named && (!opening || named.entity.type === 'person')) return { kind: 'entity', id: named.entity.id, type: named.entity.type, at: named.start };
        if (named) break;
        if (!/^\p{Lu}/u.test(tokens[k]!.text)) break;
      }
    }
    const s = subjectOfToken(view, tokens, i);
    // "said the cross country champion": nouns that only modify the person's role after them are not the phrase's head.
    // So may a capitalised word no entity claims ("the European cross country champion").
    if (s && !mentionAt(t) && roleHeadAfter(view, tokens, i)) continue;
    // "said one of their lawyers, Michalis Dimitrakopoulos": a role the name after its comma stands for.
    const named = next && /^,\s+$/u.test(view.masked.slice(t.end, next.start)) ? mentionAt(next) : undefined;
    if (s && (s.kind === 'unnamed' || s.kind === 'person-role') && named?.entity.type === 'person') return { kind: 'entity', id: named.entity.id, type: 'person', at: named.start };
    if (s) return s;
    if (/^\p{Ll}/u.test(t.text)) continue;
  }
  return null;
}

/** A subject after the verb that closes its clause (", said Rushdi." / ", says the outlet." / ", argues X who …"), else null. */
function closingSubjectAfter(view: ParagraphView, verbEnd: number, end: number): Subject | null {
  // "…, an associate administrator, said in a statement.": what follows a preposition is no subject.
  const first = tokensOf(view, verbEnd, end, 1)[0];
  if (first && first.lower !== 'by' && isPreposition(first.lower)) return null;
  const subject = subjectAfter(view, verbEnd, end);
  if (!subject) return null;
  const [from, to] = tokenRange(view, verbEnd, end);
  const all = view.tokens;
  // The subject's word must be among the first four after the verb.
  let last = from;
  while (last < to && last < from + 4 && all[last]!.start < subject.at) last++;
  if (last >= to || last >= from + 4) return null;
  while (last + 1 < to && /^\s+$/u.test(view.masked.slice(all[last]!.end, all[last + 1]!.start)) && /^\p{Lu}/u.test(all[last + 1]!.text)) last++;
  // The name closes the clause, or a relative clause or an affiliation follows it ("…, argues Ambassador Jane Roe who
  // has led …", "…, says John Doe of the coalition").
  return /^\s*(?:[.,;!?]|$)|^\s+(?:who|of|from)\s/u.test(view.masked.slice(all[last]!.end, end)) ? subject : null;
}


/** Most words between a country or organisation and the person it titles: "Foreign Ministry spokesperson". */
const MAX_TITLING_WORDS = 4;

/** Whether the words after a mention ending at `end` run, by spaces only and no verb, into a person's name. */
function titlesPersonAfter(view: ParagraphView, tokens: Token[], i: number, end: number): boolean {
  let k = i;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  for (let n = 0; k < tokens.length && n <= MAX_TITLING_WORDS; k++, n++) {
    if (!/^\s+$/u.test(view.masked.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const t = tokens[k]!;
    const named = mentionAt(t);
    if (named?.entity.type === 'person') return true;
    if (named) continue; // "Russian Foreign Ministry …": one titling entity after another
    if (/^\p{Ll}/u.test(t.text) && (isVerbForm(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower))) return false;
  }
  return false;
}

/** A closing quotation mark, after which a comma inside the quote punctuates the sentence around it. */
const CLOSING_MARK_AFTER_COMMA = /^["”»’]$/u;

/**
 * The person a sentence is about: the first person named (or he/she) near its start, after an introductory
 * phrase, that is not the object of a preposition or a possessive ("Trump's decision"). Null when it opens otherwise.
 */
export function findSentenceSubject(view: ParagraphView, start: number, end: number): Subject | null {
  let tokens = tokensOf(view, start, end, 8);
  // "But Tedros voiced alarm that …": a conjunction before a name opens the clause, not an introductory phrase.
  if (opensClause(view, start, end)) tokens = tokens.slice(1);
  else if (tokens[0] && INTRO_WORDS.test(tokens[0].text)) {
    // The first comma of the sentence, looked for in the sentence only; a comma before a closing mark ends the
    // phrase too ("Following a performance of “Black Water,” Simmons teed up …").
    let comma = start;
    while (comma < end && view.masked[comma] !== ',' && !(view.text[comma] === ',' && CLOSING_MARK_AFTER_COMMA.test(view.text[comma + 1] ?? ''))) comma++;
    tokens = comma < end ? tokensOf(view, comma + 1, end, 8) : [];
  }
  for (let i = 0; i < Math.min(tokens.length, 8); i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.lower;
    if (prev && (PREPOSITIONS.has(prev) || POSSESSIVE_DETERMINERS.has(prev))) return null;
    const mention = mentionAt(t);
    if (mention) {
      if (POSSESSIVE_AFTER.test(view.masked.slice(mention.end))) continue; // "India's environment minister X"
      // "Russian Foreign Ministry spokesperson Maria Zakharova": a country or an organisation that titles the person
      // after it, with nothing but title words between them.
      if (mention.entity.type !== 'person' && titlesPersonAfter(view, tokens, i, mention.end)) continue;
      if (mention.entity.type !== 'person') return null;
      return { kind: 'entity', id: mention.entity.id, type: 'person', at: mention.start };
    }
    if (t.lower === 'he' || t.lower === 'she') return { kind: 'pronoun', pronoun: t.lower, at: t.start };
    // A verb came first: the sentence opens with something else. Titles and modifiers ("environment minister") may.
    if (/^\p{Ll}/u.test(t.text) && !DETERMINERS.has(t.lower) && !FILLER_WORDS.has(t.lower) && isVerbForm(t.lower)) return null;
  }
  return null;
}

/** Offsets of the paragraph where an "as …ing" clause starts ("as saying"), and of its commas, stops and semicolons. */
const reporting = new WeakMap<ParagraphView, { asIng: number[]; stops: number[] }>();
function reportingMarks(view: ParagraphView): { asIng: number[]; stops: number[] } {
  let marks = reporting.get(view);
  if (!marks) {
    marks = { asIng: [...view.masked.matchAll(/\bas\s+\p{Ll}+ing\b/gu)].map((m) => m.index), stops: [...view.masked.matchAll(/[,.;]/gu)].map((m) => m.index) };
    reporting.set(view, marks);
  }
  return marks;
}

/** The first of a sorted list of offsets at or after `offset` (list.length when none). */
function firstAtOrAfter(list: readonly number[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the clause after "by" (from `from` to the next comma, stop or semicolon, within the sentence) holds "as
 * …ing": "quoted by Reuters as saying". The same answer as /^\s+by\s[^,.;]*\bas\s+\p{Ll}+ing\b/ on the rest of the
 * sentence, from offsets found once per paragraph rather than a scan of the clause for every verb.
 */
function reportedAsSaying(view: ParagraphView, from: number, end: number): boolean {
  const { asIng, stops } = reportingMarks(view);
  const stop = stops[firstAtOrAfter(stops, from)] ?? Infinity;
  const next = asIng[firstAtOrAfter(asIng, from)];
  return next !== undefined && next < Math.min(stop, end);
}

/** "… accused the UK of meddling and warned": a verb right after "and" shares the subject of the verb before it. */
const AFTER_AND = /\sand\s+$/u;
const coordinated = (masked: string, start: number, verbStart: number) => endsWith(masked, start, verbStart, AFTER_AND, 1);

/**
 * Finds every speech verb in the sentence [start, end) of a paragraph and its subject. A verb right after a
 * closing mark ("…," said X) or "according to" takes the name after it; any other verb takes the phrase before
 * it, or the sentence's subject when a clause sits between them ("X, chairman of Y, said").
 */
export function findSpeechActs(view: ParagraphView, start: number, end: number): SpeechAct[] {
  const tokens = tokensOf(view, start, end);
  const sentence = new Sentence(view, start, end);
  let firstContent = start;
  while (firstContent < end && isSpaceAt(view.masked, firstContent)) firstContent++;
  let previous: Subject | null = null;
  return findVerbs(view, tokens, start, end).map((verb) => {
    const { masked } = view;
    const rightAfterQuote = endsWith(masked, start, verb.start, AFTER_CLOSING_MARK, 2) || firstContent >= verb.start;
    const verbWord = masked.slice(verb.start, verb.end).toLowerCase();
    const inverted = endsWith(masked, start, verb.start, AFTER_COMMA, 1) && INVERTING_VERBS.has(verbWord) ? closingSubjectAfter(view, verb.end, end) : null;
    // "she was chided by the residence that …": the agent after "by" is who spoke, but not in "X was quoted (cited)
    // by Reuters as saying", where the agent only reports.
    const after = masked.slice(verb.end, end);
    const by = endsWith(masked, start, verb.start, PASSIVE_BEFORE, 2) ? /^\s+by\s/u.exec(after) : null;
    const agent = by && !reportedAsSaying(view, verb.end + by[0].length, end) ? by : null;
    // "He urged Mr. Trump to make a deal, saying …": a participle after a comma speaks for the sentence's subject,
    // not for the object nearest it.
    const participle = !rightAfterQuote && verbWord.endsWith('ing') && endsWith(masked, start, verb.start, AFTER_COMMA, 1) ? findSentenceSubject(view, start, end) : null;
    const subject = verb.subject
      ? verb.subject
      : participle
      ? participle
      : agent
      ? subjectAfter(view, verb.end + agent[0].length, end)
      : verb.follows || rightAfterQuote ? subjectAfter(view, verb.end, end) : (inverted ?? (coordinated(masked, start, verb.start) ? previous : null) ?? subjectBefore(view, sentence, verb.start));
    if (subject) previous = subject;
    return { verbStart: verb.start, verbEnd: verb.end, subject };
  });
}
