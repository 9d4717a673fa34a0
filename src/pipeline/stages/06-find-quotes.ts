// Stage 6: find the direct quotes in paragraph blocks and who said each one, as entity ids.
import { firstIndex } from '../first-index';
import type { Entity, Quote, Section } from '../../contract/article';
import { findSentenceSubject, findSpeechActs, type SpeechAct, type Subject } from '../quotes/find-speech-acts';
import type { QuoteSpan } from '../quotes/find-quote-spans';
import { isRealQuote } from '../quotes/is-real-quote';
import { mentionStartingAt, readParagraph, type ParagraphView } from '../quotes/read-paragraph';
import { createDiscourse, type Discourse, type Resolved } from '../quotes/resolve-speaker';

type Attributed = { span: QuoteSpan; said: Resolved | undefined };

/** A name or pronoun right after the closing mark, with no verb: `"…", Lavrov in an interview with RBC.`, `“…” — Dana White`. */
function nameAfterClose(view: ParagraphView, span: QuoteSpan): Subject | undefined {
  if (span.close === null) return undefined;
  const gap = /^["”»]?\s*(?:[,?!]|[—–-](?=\s))?\s*/u.exec(view.masked.slice(span.close + 1))![0].length;
  const at = span.close + 1 + gap;
  const mention = mentionStartingAt(view, at);
  if (mention) return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at };
  const pronoun = /^(?:he|she)\b/u.exec(view.masked.slice(at))?.[0];
  return pronoun ? { kind: 'pronoun', pronoun, at } : undefined;
}


/**
 * One sentence's speech acts that have a subject (in order, so by verb offsets too), and where its first non-space
 * character is: what each quote of the sentence is attributed from.
 */
type SentenceActs = { withSubject: SpeechAct[]; endsInOrder: boolean; firstContent: number };

/** The speech act that attributes a quote: after it when the sentence opens with the quote, else the nearest before. */
function actFor(span: QuoteSpan, sentence: SentenceActs): SpeechAct | undefined {
  const { withSubject } = sentence;
  const opening = span.open ?? span.start;
  const opensSentence = sentence.firstContent >= opening;
  const after = withSubject[firstIndex(withSubject, (a) => a.verbStart >= span.end)];
  if (opensSentence) return after;
  const before = sentence.endsInOrder ? withSubject[firstIndex(withSubject, (a) => a.verbEnd > opening) - 1] : withSubject.filter((a) => a.verbEnd <= opening).pop();
  return before ?? after;
}

/** The first offset in [from, to) that is not white space, or `to`. */
function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text[i]!.trim() === '') i++;
  return i;
}

/** Attributes each quote span of one paragraph from its own sentence, noting every speech act on the way. */
function attributeSpans(view: ParagraphView, discourse: Discourse): Attributed[] {
  const out: Attributed[] = [];
  // Spans are in text order, and so are their openings: each sentence takes the run of spans opening inside it.
  const openings = view.spans.map((span) => span.open ?? span.start);
  for (const sentence of view.sentences) {
    const subject = findSentenceSubject(view, sentence.start, sentence.end);
    const about = subject ? discourse.resolve(subject, { para: view.index, at: subject.at }) : undefined;
    if (subject && about) discourse.noteSubject({ para: view.index, at: subject.at }, about);
    const acts = findSpeechActs(view, sentence.start, sentence.end);
    const resolved = new Map<SpeechAct, Resolved>();
    for (const act of acts) {
      if (!act.subject) continue;
      const r = discourse.resolve(act.subject, { para: view.index, at: act.subject.at });
      resolved.set(act, r);
      discourse.noteSpeaker({ para: view.index, at: act.verbStart }, r);
    }
    const withSubject = acts.filter((a) => a.subject);
    const endsInOrder = withSubject.every((a, i) => i === 0 || withSubject[i - 1]!.verbEnd <= a.verbEnd);
    const sentenceActs: SentenceActs = { withSubject, endsInOrder, firstContent: -1 };
    for (let k = firstIndex(openings, (o) => o >= sentence.start); k < view.spans.length && openings[k]! < sentence.end; k++) {
      const span = view.spans[k]!;
      const opening = openings[k]!;
      if (sentenceActs.firstContent < 0) sentenceActs.firstContent = firstNonSpace(view.masked, sentence.start, opening);
      // Later spans open later: a first character found before this opening stays the first.
      else if (sentenceActs.firstContent >= openings[k - 1]!) sentenceActs.firstContent = firstNonSpace(view.masked, openings[k - 1]!, opening);
      const act = actFor(span, sentenceActs);
      let said = act ? resolved.get(act) : undefined;
      const name = said ? undefined : nameAfterClose(view, span);
      if (name) said = discourse.resolve(name, { para: view.index, at: name.at });
      // No speech verb at all: a quoted fragment belongs to the person the sentence is about.
      if (!said && acts.length === 0 && subject && subject.at < opening) said = about;
      out.push({ span, said });
    }
  }
  return out;
}

/** Whether a quote's opening mark is the first thing in its paragraph. */
const opensParagraph = (view: ParagraphView, span: QuoteSpan) => {
  const opening = span.open ?? span.start;
  return firstNonSpace(view.masked, 0, opening) === opening;
};

/** A quote with no attribution of its own takes one from the quote it continues, its neighbours or the paragraph before. */
function inherit(list: Attributed[], view: ParagraphView, carried: Resolved | undefined, discourse: Discourse, previous: Resolved | undefined): Resolved[] {
  // The nearest attribution before and after each quote, found in one pass each way.
  const earlier: (Resolved | undefined)[] = [];
  const later: (Resolved | undefined)[] = [];
  for (let i = 0, last: Resolved | undefined; i < list.length; last = list[i]!.said ?? last, i++) earlier[i] = last;
  for (let i = list.length - 1, next: Resolved | undefined; i >= 0; next = list[i]!.said ?? next, i--) later[i] = next;
  return list.map((item, i) => {
    if (item.said) return item.said;
    if (item.span.continues && carried) return carried;
    return (
      earlier[i] ??
      later[i] ??
      discourse.lastSpeakerIn(view.index, item.span.open ?? item.span.start) ??
      // "Charles Schultze … once summed up the danger with a metaphor. “It’s …”": the person the sentence before was about.
      discourse.lastPersonSubjectIn(view.index, item.span.open ?? item.span.start) ??
      discourse.lastSpeakerIn(view.index - 1) ??
      // A paragraph that opens with a quote, after a paragraph whose last quote was attributed, goes on in that voice.
      (opensParagraph(view, item.span) ? previous : undefined) ?? { speaker: null, personLike: false, organization: false }
    );
  });
}

/**
 * Finds the direct quotes of an article. Only paragraph blocks hold quotes; a quote left open at a paragraph's
 * end carries on into the next paragraph that reopens it, with the same speaker. Each quote's text is the quoted
 * words without their marks; `speaker` is a person or organization id, or null when the text names no one.
 */
export function findQuotes(sections: Section[], entities: Entity[]): Quote[] {
  const paragraphs = sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph');
  // Two passes, each reading one paragraph at a time: the discourse learns from all of them, then each is attributed.
  const reader = createDiscourse(entities);
  const continuing: boolean[] = [];
  let open = false;
  for (const [index, block] of paragraphs.entries()) {
    continuing.push(open);
    const view = readParagraph(block, index, open, entities);
    reader.read(view);
    open = view.leftOpen;
  }
  const discourse = reader.done();
  const quotes: Quote[] = [];
  let carried: Resolved | undefined;
  let previous: Resolved | undefined; // the last quote's speaker in the paragraph before, if it has a quote
  let leftOpenQuote: number | undefined; // the quote the paragraph before left open, by index in `quotes`
  const goesOn: [open: number, next: number][] = []; // a quote left open and the quote that carries it on
  for (const [index, block] of paragraphs.entries()) {
    const view = readParagraph(block, index, continuing[index]!, entities);
    const attributed = attributeSpans(view, discourse);
    const speakers = inherit(attributed, view, carried, discourse, previous);
    // The voice a next paragraph of quotes goes on in: this paragraph's last quote, if it is a real quote that its
    // own sentence attributed or that went on in the voice before (not a phrase in quotes inside prose).
    const last = attributed.at(-1);
    const voiced = last && isRealQuote(view.text.slice(last.span.start, last.span.end)) && (last.said || (previous && opensParagraph(view, last.span)));
    previous = voiced ? speakers.at(-1) : undefined;
    attributed.forEach(({ span }, i) => {
      const text = view.text.slice(span.start, span.end);
      if (!isRealQuote(text)) return;
      const speaker = speakers[i]!.speaker;
      if (span.continues && leftOpenQuote !== undefined) goesOn.push([leftOpenQuote, quotes.length]);
      quotes.push({ id: `q${quotes.length + 1}`, block: view.block, start: span.start, end: span.end, text, speaker });
    });
    const pushed = quotes.at(-1);
    const openLast = view.leftOpen && last !== undefined && last.span.close === null && pushed?.block === view.block && pushed.start === last.span.start;
    leftOpenQuote = openLast ? quotes.length - 1 : undefined;
    carried = view.leftOpen ? speakers[speakers.length - 1] : undefined;
  }
  // A quote over several paragraphs is often attributed only where it closes: each open part takes the speaker of
  // the part that carries it on (last pair first, so the speaker travels back along the chain).
  for (let k = goesOn.length - 1; k >= 0; k--) {
    const [open, next] = goesOn[k]!;
    if (quotes[open]!.speaker === null) quotes[open]!.speaker = quotes[next]!.speaker;
  }
  return quotes;
}
