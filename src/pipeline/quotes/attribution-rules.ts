/**
 * Who said a quote, as ordered lists of small named rules: first from the quote's own sentence, then, for a quote
 * its sentence leaves unattributed, from the quotes and paragraphs around it; last, once every paragraph is read, a
 * quote left open at a paragraph's end and still without a speaker may take the one of the part that carries it on.
 * Stage 6 runs each list in order; the first rule with an answer decides.
 */
import { isAuxiliaryVerb } from '../language';
import { firstIndex } from '../first-index';
import type { SpeechAct, Subject } from './find-speech-acts';
import type { QuoteSpan } from './find-quote-spans';
import { mentionStartingAt, type ParagraphView } from './read-paragraph';
import type { Discourse, Resolved } from './resolve-speaker';

/**
 * One sentence's speech acts that have a subject (in order, so by verb offsets too), and where its first non-space
 * character is: what each quote of the sentence is attributed from.
 */
export type SentenceActs = { withSubject: SpeechAct[]; endsInOrder: boolean; firstContent: number };

/** What the own-sentence rules read about one quote: its sentence's speech acts (resolved) and subject. */
export type SentenceContext = {
  view: ParagraphView;
  discourse: Discourse;
  span: QuoteSpan;
  /** Offset of the quote's opening mark (or start, when it continues from the paragraph before). */
  opening: number;
  sentence: SentenceActs;
  resolved: ReadonlyMap<SpeechAct, Resolved>;
  /** How many speech acts the sentence has, with a subject or not. */
  actCount: number;
  subject: Subject | null;
  /** Who the sentence's subject stands for. */
  about: Resolved | undefined;
};

/** What the context rules read about one quote its sentence left unattributed. */
export type ContextContext = {
  view: ParagraphView;
  discourse: Discourse;
  span: QuoteSpan;
  /** The speaker of the quote left open at the end of the paragraph before, if any. */
  carried: Resolved | undefined;
  /** The nearest attributed quotes before and after it in the paragraph. */
  earlier: Resolved | undefined;
  later: Resolved | undefined;
  /** The speaker of the paragraph before's last quote, when that paragraph's voice may go on (see stage 6). */
  previous: Resolved | undefined;
};

/** A named attribution rule: the speaker it finds, or undefined to pass. */
export type AttributionRule<C> = { name: string; attribute: (c: C) => Resolved | undefined };

/** The first offset in [from, to) that is not white space, or `to`. */
export function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text[i]!.trim() === '') i++;
  return i;
}

/** Whether a quote's opening mark is the first thing in its paragraph. */
export const opensParagraph = (view: ParagraphView, span: QuoteSpan) => {
  const opening = span.open ?? span.start;
  return firstNonSpace(view.masked, 0, opening) === opening;
};

/** A speech verb with a colon after it ("… said:") introduces the words that follow it, never those before. */
const introducesWhatFollows = (text: string, act: SpeechAct) => /^\s*:/u.test(text.slice(act.verbEnd, act.verbEnd + 3));

/** The speech act that attributes a quote: after it when the sentence opens with the quote, else the nearest before. */
function actFor(span: QuoteSpan, sentence: SentenceActs, text: string): SpeechAct | undefined {
  const { withSubject } = sentence;
  const opening = span.open ?? span.start;
  const opensSentence = sentence.firstContent >= opening;
  const after = withSubject[firstIndex(withSubject, (a) => a.verbStart >= span.end)];
  if (opensSentence) return after && introducesWhatFollows(text, after) ? undefined : after;
  const before = sentence.endsInOrder ? withSubject[firstIndex(withSubject, (a) => a.verbEnd > opening) - 1] : withSubject.filter((a) => a.verbEnd <= opening).pop();
  return before ?? after;
}

/** A name or pronoun right after the closing mark, with no verb: `"…", Lavrov in an interview with RBC.`, `“…” — Dana White`. */
function nameAfterCloseOf(view: ParagraphView, span: QuoteSpan): Subject | undefined {
  if (span.close === null) return undefined;
  const gap = /^["”»]?\s*(?:[,?!]|[—–-](?=\s))?\s*/u.exec(view.masked.slice(span.close + 1))![0].length;
  const at = span.close + 1 + gap;
  // A place or country there opens the next sentence ("“…” Sweden's Carolina Kluft …"): no one signs with one.
  const mention = mentionStartingAt(view, at);
  if (mention && (mention.entity.type === 'country' || mention.entity.type === 'place')) return undefined;
  const pronoun = mention ? undefined : /^(?:he|she)\b/u.exec(view.masked.slice(at))?.[0];
  // The subject of a clause of its own ("“… training.” Radcliffe must make a decision", "… He was born …"): an
  // auxiliary or modal verb after it. A lexical verb may still report ("“…” Manning reminded senators that …").
  const end = mention ? mention.end : at + (pronoun?.length ?? 0);
  const verb = /^\s+(\p{Ll}+)\b/u.exec(view.masked.slice(end, end + 24))?.[1];
  if (verb !== undefined && isAuxiliaryVerb(verb)) return undefined;
  if (mention) return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at };
  return pronoun ? { kind: 'pronoun', pronoun, at } : undefined;
}

/**
 * The person whose reported clause holds `act`: "Pompeo said that … Washington had concluded … was “…”": an earlier
 * act of the sentence whose subject resolves to a person and whose verb opens a clause with "that".
 */
function reportingPerson(view: ParagraphView, sentence: SentenceActs, act: SpeechAct, resolved: ReadonlyMap<SpeechAct, Resolved>): Resolved | undefined {
  for (const outer of sentence.withSubject) {
    if (outer.verbStart >= act.verbStart) break;
    const who = resolved.get(outer);
    if (who?.speaker && who.personLike && /^\s+that\s/u.test(view.masked.slice(outer.verbEnd, outer.verbEnd + 6))) return who;
  }
  return undefined;
}

/** "“…,” she said", "Lavrov said: “…”": the sentence's speech act after a quote that opens it, else the nearest before it. */
export const speechActOfSentence: AttributionRule<SentenceContext> = {
  name: 'speechActOfSentence',
  attribute: ({ view, span, sentence, resolved }) => {
    const act = actFor(span, sentence, view.masked);
    if (!act) return undefined;
    const own = resolved.get(act);
    // A verb inside someone's reported clause whose subject is no person speaks in the reporter's voice.
    return own && !own.personLike && act.verbEnd <= (span.open ?? span.start) ? (reportingPerson(view, sentence, act, resolved) ?? own) : own;
  },
};

/** "“…”, Lavrov in an interview", "“…” — Dana White": a name or pronoun right after the closing mark, with no verb. */
export const nameAfterClose: AttributionRule<SentenceContext> = {
  name: 'nameAfterClose',
  attribute: ({ view, discourse, span }) => {
    const name = nameAfterCloseOf(view, span);
    // A name that opens the next sentence, one with a quote of its own ("“… months.” Rhodri Thomas, Plaid Cymru
    // health spokesman said: “…”"), introduces that quote, not this one.
    const nextSentence = name ? view.sentences.find((s) => s.start <= name.at && name.at < s.end && s.start > span.start) : undefined;
    if (nextSentence && view.spans.some((q) => q.start > name!.at && q.start < nextSentence.end)) return undefined;
    return name ? discourse.resolve(name, { para: view.index, at: name.at }) : undefined;
  },
};

/** "Lavrov called it “a farce”": with no speech verb at all, a quoted fragment belongs to the person the sentence is about. */
export const subjectOfFragment: AttributionRule<SentenceContext> = {
  name: 'subjectOfFragment',
  attribute: ({ actCount, subject, opening, about }) => (actCount === 0 && subject && subject.at < opening ? about : undefined),
};

/** The rules that attribute a quote from its own sentence, in order. */
export const SENTENCE_ATTRIBUTION_RULES: readonly AttributionRule<SentenceContext>[] = [
  speechActOfSentence, // a verb of saying is the strongest evidence, and its subject is already resolved
  nameAfterClose, // only when no verb attributes the quote: a bare name after the mark is its signature
  subjectOfFragment, // weakest: only in a sentence with no speech act at all, whose subject comes before the quote
];

/** A quote that reopens one left open at the end of the paragraph before goes on in that quote's voice. */
export const continuedQuote: AttributionRule<ContextContext> = {
  name: 'continuedQuote',
  attribute: ({ span, carried }) => (span.continues && carried ? carried : undefined),
};

/** "“…,” she said. “…”": the nearest quote before it in the paragraph that has a speaker. */
export const earlierNeighbour: AttributionRule<ContextContext> = { name: 'earlierNeighbour', attribute: ({ earlier }) => earlier };

/** "“…” “…,” she said.": else the nearest attributed quote after it in the paragraph. */
export const laterNeighbour: AttributionRule<ContextContext> = { name: 'laterNeighbour', attribute: ({ later }) => later };

/** "Lavrov said the talks failed. “…”": the last speaker noted in the paragraph before the quote. */
export const lastSpeakerBefore: AttributionRule<ContextContext> = {
  name: 'lastSpeakerBefore',
  attribute: ({ discourse, view, span }) => discourse.lastSpeakerIn(view.index, span.open ?? span.start),
};

/** "Charles Schultze … once summed up the danger with a metaphor. “It’s …”": the named person the sentence before it in the paragraph was about. */
export const lastPersonSubjectBefore: AttributionRule<ContextContext> = {
  name: 'lastPersonSubjectBefore',
  attribute: ({ discourse, view, span }) => discourse.lastPersonSubjectIn(view.index, span.open ?? span.start),
};

/** The last speaker noted in the paragraph before. */
export const previousParagraphSpeaker: AttributionRule<ContextContext> = {
  name: 'previousParagraphSpeaker',
  attribute: ({ discourse, view }) => discourse.lastSpeakerIn(view.index - 1),
};

/** A paragraph that opens with a quote, after a paragraph whose last quote was attributed, goes on in that voice. */
export const previousQuoteVoice: AttributionRule<ContextContext> = {
  name: 'previousQuoteVoice',
  attribute: ({ view, span, previous }) => (opensParagraph(view, span) ? previous : undefined),
};

/** No one: the text names no speaker for the quote. Always answers. */
export const nobody: AttributionRule<ContextContext> = { name: 'nobody', attribute: () => ({ speaker: null, personLike: false, organization: false }) };

/** The rules that attribute a quote its own sentence left unattributed, from its surroundings, in order. */
export const CONTEXT_ATTRIBUTION_RULES: readonly AttributionRule<ContextContext>[] = [
  continuedQuote, // one quote across paragraphs has one speaker, whatever the new paragraph's neighbours say
  earlierNeighbour, // a run of quotes goes on in the voice of the last attributed one before it
  laterNeighbour, // a run of quotes attributed at its end ("“…” “…,” she said")
  lastSpeakerBefore, // no attributed quote in the paragraph: whoever last spoke in it before the quote
  lastPersonSubjectBefore, // no one spoke there: the named person the paragraph's latest sentence before it was about
  previousParagraphSpeaker, // then whoever last spoke in the paragraph before
  previousQuoteVoice, // then, for a paragraph opening with a quote, the voice of the quote that ended the paragraph before
  nobody, // last, always answers
];

/** A speaker, and the name of the rule that found it. */
export type Attribution = { rule: string; said: Resolved };

/** What the closing rules read about a quote left open at a paragraph's end: its attribution and that of the part that carries it on. */
export type ClosingContext = { own: Attribution; next: Attribution };

/**
 * "“We will win the vote (paragraph ends) “And we will go on,” Joe Biden said.": a quote over several paragraphs,
 * attributed only where it closes, gives that speaker back to an open part that has none.
 */
export const voiceWhereItCloses: AttributionRule<ClosingContext> = {
  name: 'voiceWhereItCloses',
  attribute: ({ own, next }) => (own.said.speaker === null && next.said.speaker !== null ? next.said : undefined),
};

/** The rules for a quote left open, run once every paragraph is attributed (they read a later paragraph's answer). */
export const CLOSING_ATTRIBUTION_RULES: readonly AttributionRule<ClosingContext>[] = [
  voiceWhereItCloses, // only an open part with no speaker: one its own paragraph named keeps it
];

/** The first rule of `rules` with an answer, and the answer; undefined when none has one. */
export function firstAttribution<C>(rules: readonly AttributionRule<C>[], c: C): Attribution | undefined {
  for (const rule of rules) {
    const said = rule.attribute(c);
    if (said) return { rule: rule.name, said };
  }
  return undefined;
}
