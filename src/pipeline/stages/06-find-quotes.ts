// Stage 6: find the direct quotes in paragraph blocks and who said each one, as entity ids.
import type { Entity, Quote, Section } from '../../contract/article';
import { findSentenceSubject, findSpeechActs, type SpeechAct, type Subject } from '../quotes/find-speech-acts';
import type { QuoteSpan } from '../quotes/find-quote-spans';
import { isRealQuote } from '../quotes/is-real-quote';
import { readParagraph, type ParagraphView } from '../quotes/read-paragraph';
import { createDiscourse, type Discourse, type Resolved } from '../quotes/resolve-speaker';

type Attributed = { span: QuoteSpan; said: Resolved | undefined };

/** A name or pronoun right after the closing mark, with no verb: `"…", Lavrov in an interview with RBC.`, `“…” — Dana White`. */
function nameAfterClose(view: ParagraphView, span: QuoteSpan): Subject | undefined {
  if (span.close === null) return undefined;
  const gap = /^["”»]?\s*(?:[,?!]|[—–-](?=\s))?\s*/u.exec(view.masked.slice(span.close + 1))![0].length;
  const at = span.close + 1 + gap;
  const mention = view.mentions.find((m) => m.start === at);
  if (mention) return { kind: 'entity', id: mention.entity.id, type: mention.entity.type, at };
  const pronoun = /^(?:he|she)\b/u.exec(view.masked.slice(at))?.[0];
  return pronoun ? { kind: 'pronoun', pronoun, at } : undefined;
}

/** The speech act that attributes a quote: after it when the sentence opens with the quote, else the nearest before. */
function actFor(view: ParagraphView, span: QuoteSpan, sentenceStart: number, acts: SpeechAct[]): SpeechAct | undefined {
  const withSubject = acts.filter((a) => a.subject);
  const opensSentence = view.masked.slice(sentenceStart, span.open ?? span.start).trim() === '';
  const after = withSubject.find((a) => a.verbStart >= span.end);
  if (opensSentence) return after;
  return withSubject.filter((a) => a.verbEnd <= (span.open ?? span.start)).pop() ?? after;
}

/** Attributes each quote span of one paragraph from its own sentence, noting every speech act on the way. */
function attributeSpans(view: ParagraphView, discourse: Discourse): Attributed[] {
  const out: Attributed[] = [];
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
    for (const span of view.spans) {
      const opening = span.open ?? span.start;
      if (opening < sentence.start || opening >= sentence.end) continue;
      const act = actFor(view, span, sentence.start, acts);
      let said = act ? resolved.get(act) : undefined;
      const name = said ? undefined : nameAfterClose(view, span);
      if (name) said = discourse.resolve(name, { para: view.index, at: name.at });
      // No speech verb at all: a quoted fragment belongs to the person the sentence is about.
      if (!said && acts.length === 0 && subject && subject.at < (span.open ?? span.start)) said = about;
      out.push({ span, said });
    }
  }
  return out;
}

/** A quote with no attribution of its own takes one from the quote it continues, its neighbours or the paragraph before. */
function inherit(list: Attributed[], view: ParagraphView, carried: Resolved | undefined, discourse: Discourse): Resolved[] {
  return list.map((item, i) => {
    if (item.said) return item.said;
    if (item.span.continues && carried) return carried;
    const earlier = list.slice(0, i).reverse().find((x) => x.said)?.said;
    const later = list.slice(i + 1).find((x) => x.said)?.said;
    return (
      earlier ??
      later ??
      discourse.lastSpeakerIn(view.index, item.span.open ?? item.span.start) ??
      discourse.lastSpeakerIn(view.index - 1) ?? { speaker: null, personLike: false, organization: false }
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
  const views: ParagraphView[] = [];
  for (const [index, block] of paragraphs.entries()) views.push(readParagraph(block, index, views[index - 1]?.leftOpen ?? false, entities));
  const discourse = createDiscourse(views, entities);
  const quotes: Quote[] = [];
  let carried: Resolved | undefined;
  for (const view of views) {
    const attributed = attributeSpans(view, discourse);
    const speakers = inherit(attributed, view, carried, discourse);
    attributed.forEach(({ span }, i) => {
      const text = view.text.slice(span.start, span.end);
      if (!isRealQuote(text)) return;
      const speaker = speakers[i]!.speaker;
      quotes.push({ id: `q${quotes.length + 1}`, block: view.block, start: span.start, end: span.end, text, speaker });
    });
    carried = view.leftOpen ? speakers[speakers.length - 1] : undefined;
  }
  return quotes;
}
