// Stage 6: find the direct quotes in paragraph blocks and who said each one, as entity ids.
import { firstIndex } from '../first-index';
import type { Entity, Quote, Section } from '../../contract/article';
import { CLOSING_ATTRIBUTION_RULES, CONTEXT_ATTRIBUTION_RULES, SENTENCE_ATTRIBUTION_RULES, firstAttribution, firstNonSpace, opensParagraph, type Attribution, type SentenceActs } from '../quotes/attribution-rules';
import { findSentenceSubject, findSpeechActs, type SpeechAct } from '../quotes/find-speech-acts';
import type { QuoteSpan } from '../quotes/find-quote-spans';
import { isRealQuote } from '../quotes/is-real-quote';
import { readParagraph, type ParagraphView } from '../quotes/read-paragraph';
import { createDiscourse, type Discourse, type Resolved } from '../quotes/resolve-speaker';

/** A quote span and the speaker its own sentence gives it, with the rule that found it. */
type Attributed = { span: QuoteSpan; own: Attribution | undefined };

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
      const own = firstAttribution(SENTENCE_ATTRIBUTION_RULES, { view, discourse, span, opening, sentence: sentenceActs, resolved, actCount: acts.length, subject, about });
      out.push({ span, own });
    }
  }
  return out;
}

/** A quote with no attribution of its own takes one from its surroundings (CONTEXT_ATTRIBUTION_RULES, in order). */
function inherit(list: Attributed[], view: ParagraphView, carried: Resolved | undefined, discourse: Discourse, previous: Resolved | undefined): Attribution[] {
  // The nearest attribution before and after each quote, found in one pass each way.
  const earlier: (Resolved | undefined)[] = [];
  const later: (Resolved | undefined)[] = [];
  for (let i = 0, last: Resolved | undefined; i < list.length; last = list[i]!.own?.said ?? last, i++) earlier[i] = last;
  // A quote a colon introduces ("Rhodri Thomas said: “…”") has its speaker named before it, for it alone: the quotes
  // before it are no run that its attribution closes.
  const introduced = (span: QuoteSpan) => /:\s*$/u.test(view.text.slice(Math.max(0, (span.open ?? span.start) - 4), span.open ?? span.start));
  for (let i = list.length - 1, next: Resolved | undefined; i >= 0; next = introduced(list[i]!.span) ? undefined : (list[i]!.own?.said ?? next), i--) later[i] = next;
  return list.map(({ span, own }, i) => {
    if (own) return own;
    const found = firstAttribution(CONTEXT_ATTRIBUTION_RULES, { view, discourse, span, carried, earlier: earlier[i], later: later[i], previous });
    if (!found) throw new Error('no attribution rule answered: the last rule, nobody, always answers');
    return found;
  });
}

/** The direct quotes of an article (see findQuotes), each with the name of the attribution rule that gave its speaker. */
export function traceQuotes(sections: Section[], entities: Entity[]): { quote: Quote; rule: string }[] {
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
  const quotes: { quote: Quote; rule: string }[] = [];
  const attributions: Attribution[] = []; // each quote's speaker and rule, as `quotes` lists them
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
    const voiced = last && isRealQuote(view.text.slice(last.span.start, last.span.end)) && (last.own || (previous && opensParagraph(view, last.span)));
    previous = voiced ? speakers.at(-1)?.said : undefined;
    attributed.forEach(({ span }, i) => {
      const text = view.text.slice(span.start, span.end);
      if (!isRealQuote(text)) return;
      const { said, rule } = speakers[i]!;
      if (span.continues && leftOpenQuote !== undefined) goesOn.push([leftOpenQuote, quotes.length]);
      attributions.push(speakers[i]!);
      quotes.push({ quote: { id: `q${quotes.length + 1}`, block: view.block, start: span.start, end: span.end, text, speaker: said.speaker }, rule });
    });
    const pushed = quotes.at(-1)?.quote;
    const openLast = view.leftOpen && last !== undefined && last.span.close === null && pushed?.block === view.block && pushed.start === last.span.start;
    leftOpenQuote = openLast ? quotes.length - 1 : undefined;
    carried = view.leftOpen ? speakers[speakers.length - 1]?.said : undefined;
  }
  // Once every paragraph is read, a quote left open may take a speaker from the part that carries it on (last pair
  // first, so the speaker travels back along a chain of open parts).
  for (let k = goesOn.length - 1; k >= 0; k--) {
    const [open, next] = goesOn[k]!;
    const found = firstAttribution(CLOSING_ATTRIBUTION_RULES, { own: attributions[open]!, next: attributions[next]! });
    if (!found) continue;
    attributions[open] = found;
    quotes[open] = { quote: { ...quotes[open]!.quote, speaker: found.said.speaker }, rule: found.rule };
  }
  return quotes;
}

/**
 * Finds the direct quotes of an article. Only paragraph blocks hold quotes; a quote left open at a paragraph's
 * end carries on into the next paragraph that reopens it, with the same speaker. Each quote's text is the quoted
 * words without their marks; `speaker` is a person or organization id, or null when the text names no one.
 */
export function findQuotes(sections: Section[], entities: Entity[]): Quote[] {
  return traceQuotes(sections, entities).map((q) => q.quote);
}
