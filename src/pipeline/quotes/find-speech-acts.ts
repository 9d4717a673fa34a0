// Speech acts: in one sentence of a paragraph, each speech verb and the phrase that names who spoke.
import type { EntityType } from '../../contract/article';
import {
  CALENDAR_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  FILLER_WORDS,
  INDEFINITE,
  INTRO_WORDS,
  INVERTING_VERBS,
  isCommonWord,
  isPersonNoun,
  isVerbForm,
  NAME_JOINERS,
  NOT_SPEECH_BEFORE_TO,
  NOUN_MARKERS,
  ORGANIZATION_HEADS,
  PASSIVE_BEFORE,
  PERSON_ROLES,
  PHRASAL_SPEECH_VERBS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_AFTER,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  RELATIVE_WORDS,
  SEGMENT_BREAK,
  SPEAKER_FOLLOWS,
  SPEECH_VERB_FORMS,
  SUBJECT_PRONOUNS,
  UNNAMED_PLURALS,
} from './lexicon';
import type { ParagraphView, Token } from './read-paragraph';

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

const ORGANIZATION_WORDS = new Set(ORGANIZATION_HEADS.filter((h) => !h.includes(' ')));
const ORGANIZATION_PHRASES = ORGANIZATION_HEADS.filter((h) => h.includes(' '));
/** Last words of two-word roles and organization heads ("prime minister", "white house"): only these need a look back. */
const ROLE_AND_ORGANIZATION_PHRASE_ENDS = new Set([...ORGANIZATION_PHRASES, ...PERSON_ROLES.filter((r) => r.includes(' '))].map((p) => p.split(' ').pop()!));

/** The paragraph's words between two offsets (the paragraph is tokenised once, in readParagraph). */
function tokensOf(view: ParagraphView, start: number, end: number): Token[] {
  const all = view.tokens;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < all.length && all[i]!.end <= end; i++) out.push(all[i]!);
  return out;
}

/** The mention a word falls in (found once, when the paragraph was read). */
const mentionAt = (t: Token) => t.mention;

/** Speech verbs of the sentence, in order: one-word forms in lower case, not used as nouns, and two-word phrases. */
function findVerbs(view: ParagraphView, tokens: Token[], start: number, end: number): Array<{ start: number; end: number; follows: boolean }> {
  const verbs: Array<{ start: number; end: number; follows: boolean }> = [];
  const segment = view.masked.slice(start, end);
  for (const m of segment.matchAll(PHRASAL_SPEECH_VERBS)) {
    verbs.push({ start: start + m.index, end: start + m.index + m[0].length, follows: SPEAKER_FOLLOWS.test(m[0]) });
  }
  tokens.forEach((t, i) => {
    if (!SPEECH_VERB_FORMS.has(t.text) || mentionAt(t)) return;
    const prev = tokens[i - 1];
    if (prev && (NOUN_MARKERS.has(prev.lower) || /['’]s?$/u.test(prev.text) || POSSESSIVE_AFTER.test(view.masked.slice(prev.end)))) return;
    if (prev?.lower === 'to' && /^\s+$/u.test(view.masked.slice(prev.end, t.start))) return; // "declined to comment", "to claim that
    if (verbs.some((v) => v.start <= t.start && t.end <= v.end)) return;
    // "continue to take action", "promised to": a verb leading another verb, not a report of speech.
    if (/^\s+to\s/u.test(view.masked.slice(t.end)) && NOT_SPEECH_BEFORE_TO.has(t.lower)) return;
    // "is said to be": hearsay, not a speaker.
    if (prev && /^(?:is|are|was|were|be|been)$/u.test(prev.lower) && /^\s+to\s/u.test(view.masked.slice(t.end))) return;
    verbs.push({ start: t.start, end: t.end, follows: false });
  });
  return verbs.sort((a, b) => a.start - b.start);
}

/**
 * The entity a capitalised word ends the name of, when the entity stage left it out of a mention: a full name or
 * alias ending here ("Wang Yi" where only "Wang" was marked), or a mention inside the same run of capitalised
 * words ("Indian Ministry of Health and Family Welfare").
 */
function nameEndingAt(view: ParagraphView, tokens: Token[], i: number): Subject | null {
  const t = tokens[i]!;
  const lead = view.masked.slice(0, t.end);
  for (const m of view.mentions) {
    const e = m.entity;
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const form = [e.name, ...e.aliases].find((n) => lead.endsWith(n) && !/\p{L}/u.test(lead[lead.length - n.length - 1] ?? ''));
    if (form) return { kind: 'entity', id: e.id, type: e.type, at: t.end - form.length };
  }
  for (let j = i - 1; j >= 0; j--) {
    const w = tokens[j]!;
    if (!/^\s+$/u.test(view.masked.slice(w.end, tokens[j + 1]!.start))) break;
    const mention = mentionAt(w);
    if (mention && (mention.entity.type === 'organization' || mention.entity.type === 'person'))
      return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at: mention.start };
    if (!/^\p{Lu}/u.test(w.text) && !NAME_JOINERS.has(w.lower)) break;
  }
  return null;
}

/** The subject a single token stands for, looking left over adjectives for a determiner. */
function subjectOfToken(view: ParagraphView, tokens: Token[], i: number): Subject | null {
  const t = tokens[i]!;
  const mention = mentionAt(t);
  if (mention) return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at: mention.start };
  const pronoun = SUBJECT_PRONOUNS[t.lower];
  if (pronoun) return { kind: 'pronoun', pronoun: t.lower, at: t.start };
  if (UNNAMED_PLURALS.test(t.lower)) return { kind: 'unnamed', personLike: true, at: t.start };
  const isRole = isPersonNoun(t.lower);
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

const segmentStart = (masked: string, from: number, to: number) => {
  let start = from;
  for (const m of masked.slice(from, to).matchAll(SEGMENT_BREAK)) start = from + m.index + m[0].length;
  return start;
};

/**
 * The subject among the segments before a verb's own, leaving out introductory phrases ("Talking to RBC,"):
 * a person first, then an unknown name, a pronoun, a role, an organization; the earliest of the best kind.
 */
function subjectInEarlierSegments(view: ParagraphView, from: number, to: number): Subject | null {
  const breaks = [from, ...[...view.masked.slice(from, to).matchAll(SEGMENT_BREAK)].map((m) => from + m.index + m[0].length), to];
  const rank = (s: Subject) =>
    s.kind === 'entity'
      ? s.type === 'person' ? 0 : s.type === 'organization' ? 3 : 5
      : s.kind === 'unnamed' ? 0.5 : s.kind === 'pronoun' ? 1 : s.kind === 'person-role' ? 2 : 4;
  const all: Subject[] = [];
  for (let k = 0; k + 1 < breaks.length; k++) {
    const tokens = tokensOf(view, breaks[k]!, breaks[k + 1]!);
    if (tokens[0] && (INTRO_WORDS.test(tokens[0].text) || /^\p{Lu}\p{Ll}+ing$/u.test(tokens[0].text))) continue;
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
      let last = i; // the end of this run of capitalised words ("Armed Services and Homeland Security")
      while (tokens[last + 1] && /^\s+$/u.test(view.masked.slice(tokens[last]!.end, tokens[last + 1]!.start)) && (/^\p{Lu}/u.test(tokens[last + 1]!.text) || NAME_JOINERS.has(tokens[last + 1]!.text))) last++;
      const next = tokens[last + 1];
      const modifies =
        next && /^\p{Ll}/u.test(next.text) && /^\s+$/u.test(view.masked.slice(tokens[last]!.end, next.start)) &&
        !PREPOSITIONS.has(next.lower) && !CONJUNCTIONS.has(next.lower) && !FILLER_WORDS.has(next.lower);
      const unknownName = subject?.kind === 'unnamed' && subject.personLike && /^\p{Lu}/u.test(t.text) && !modifies;
      if (!subject || (subject.kind === 'unnamed' && !unknownName)) return;
      if (subject.kind === 'entity' && POSSESSIVE_AFTER.test(view.masked.slice(mentionEnd(view, subject)))) return;
      candidates.push(subject);
    });
    all.push(...candidates);
  }
  return all.sort((a, b) => rank(a) - rank(b) || a.at - b.at)[0] ?? null;
}

const mentionEnd = (view: ParagraphView, s: { at: number }) => view.mentions.find((m) => m.start === s.at)?.end ?? s.at;


/** Whether the name at i is where someone is from or works: "from the People's University of China", "at Columbia University". */
function isPrepositionalObject(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const w = tokens[j]!;
    if (PLACE_PREPOSITIONS.has(w.lower)) return true;
    if (!DETERMINERS.has(w.lower) && !/['’]s$/u.test(w.text)) return false;
  }
  return false;
}

/** The subject standing before a verb: the phrase right before it, else the sentence's subject further left. */
function subjectBefore(view: ParagraphView, from: number, verbStart: number): Subject | null {
  const ownStart = segmentStart(view.masked, from, verbStart);
  const own = tokensOf(view, ownStart, verbStart);
  let i = own.length - 1;
  while (i >= 0 && FILLER_WORDS.has(own[i]!.lower) && !mentionAt(own[i]!)) i--;
  if (i >= 0 && !RELATIVE_WORDS.has(own[i]!.lower)) {
    const direct = subjectOfToken(view, own, i);
    // "Wang Peng from the People's University of China said": the name before the preposition is the subject.
    const objectAt = direct?.kind === 'entity' ? own.findIndex((t) => t.start >= direct.at) : -1;
    if (direct && !(objectAt >= 0 && isPrepositionalObject(own, objectAt))) return direct;
    for (let k = (objectAt >= 0 ? objectAt : i) - 1; k >= 0; k--) {
      const s = subjectOfToken(view, own, k);
      if (s && (s.kind === 'entity' || s.kind === 'pronoun') && !isPrepositionalObject(own, k)) return s;
      if (s?.kind === 'unnamed' && s.personLike) return s; // "A spokesperson for the Chinese delegation said"
    }
  }
  return subjectInEarlierSegments(view, from, ownStart);
}

/** The subject standing after a verb or "according to": the first name, role or pronoun within a few words. */
function subjectAfter(view: ParagraphView, verbEnd: number, end: number): Subject | null {
  const tokens = tokensOf(view, verbEnd, end).slice(0, 8);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (DETERMINERS.has(t.lower) || FILLER_WORDS.has(t.lower)) continue;
    if (/^\p{Lu}/u.test(t.text) && !mentionAt(t)) {
      // "said House Minority Leader Kevin McCarthy": a run of title words ends in the name.
      for (let k = i + 1; k < tokens.length && /^[\s.]+$/u.test(view.masked.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) {
        const named = mentionAt(tokens[k]!);
        if (named) return { kind: 'entity', id: named.entity.id, type: named.entity.type, at: named.start };
        if (!/^\p{Lu}/u.test(tokens[k]!.text)) break;
      }
    }
    const s = subjectOfToken(view, tokens, i);
    if (s) return s;
    if (/^\p{Ll}/u.test(t.text)) continue;
  }
  return null;
}

/** A subject after the verb that closes its clause (", said Rushdi." / ", says the outlet."), else null. */
function closingSubjectAfter(view: ParagraphView, verbEnd: number, end: number): Subject | null {
  const subject = subjectAfter(view, verbEnd, end);
  if (!subject) return null;
  const tokens = tokensOf(view, verbEnd, end);
  const first = tokens.findIndex((t) => t.start >= subject.at);
  if (first < 0 || first > 3) return null;
  let last = first;
  while (tokens[last + 1] && /^\s+$/u.test(view.masked.slice(tokens[last]!.end, tokens[last + 1]!.start)) && /^\p{Lu}/u.test(tokens[last + 1]!.text)) last++;
  return /^\s*(?:[.,;!?]|$)/u.test(view.masked.slice(tokens[last]!.end, end)) ? subject : null;
}


/**
 * The person a sentence is about: the first person named (or he/she) near its start, after an introductory
 * phrase, that is not the object of a preposition or a possessive ("Trump's decision"). Null when it opens otherwise.
 */
export function findSentenceSubject(view: ParagraphView, start: number, end: number): Subject | null {
  let tokens = tokensOf(view, start, end);
  if (tokens[0] && INTRO_WORDS.test(tokens[0].text)) {
    const comma = view.masked.indexOf(',', start);
    tokens = comma >= 0 && comma < end ? tokensOf(view, comma + 1, end) : [];
  }
  for (let i = 0; i < Math.min(tokens.length, 8); i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.lower;
    if (prev && (PREPOSITIONS.has(prev) || POSSESSIVE_DETERMINERS.has(prev))) return null;
    const mention = mentionAt(t);
    if (mention) {
      if (POSSESSIVE_AFTER.test(view.masked.slice(mention.end))) continue; // "India's environment minister X"
      if (mention.entity.type !== 'person') return null;
      return { kind: 'entity', id: mention.entity.id, type: 'person', at: mention.start };
    }
    if (t.lower === 'he' || t.lower === 'she') return { kind: 'pronoun', pronoun: t.lower, at: t.start };
    // A verb came first: the sentence opens with something else. Titles and modifiers ("environment minister") may.
    if (/^\p{Ll}/u.test(t.text) && !DETERMINERS.has(t.lower) && !FILLER_WORDS.has(t.lower) && isVerbForm(t.lower)) return null;
  }
  return null;
}

/**
 * Finds every speech verb in the sentence [start, end) of a paragraph and its subject. A verb right after a
 * closing mark ("…," said X) or "according to" takes the name after it; any other verb takes the phrase before
 * it, or the sentence's subject when a clause sits between them ("X, chairman of Y, said").
 */
export function findSpeechActs(view: ParagraphView, start: number, end: number): SpeechAct[] {
  const tokens = tokensOf(view, start, end);
  return findVerbs(view, tokens, start, end).map((verb) => {
    const lead = view.masked.slice(start, verb.start);
    const rightAfterQuote = /["”»]\s*[,.]?\s*$/u.test(lead) || /^\s*$/u.test(lead);
    const verbWord = view.masked.slice(verb.start, verb.end).toLowerCase();
    const inverted = /,\s*$/u.test(lead) && INVERTING_VERBS.has(verbWord) ? closingSubjectAfter(view, verb.end, end) : null;
    // "she was chided by the residence that …": the agent after "by" is who spoke, but not in "X was quoted (cited)
    // by Reuters as saying", where the agent only reports.
    const after = view.masked.slice(verb.end, end);
    const agent = PASSIVE_BEFORE.test(lead) && !/^\s+by\s[^,.;]*\bas\s+\p{Ll}+ing\b/u.test(after) ? /^\s+by\s/u.exec(after) : null;
    const subject = agent
      ? subjectAfter(view, verb.end + agent[0].length, end)
      : verb.follows || rightAfterQuote ? subjectAfter(view, verb.end, end) : (inverted ?? subjectBefore(view, start, verb.start));
    return { verbStart: verb.start, verbEnd: verb.end, subject };
  });
}
