// The speaker rules one by one: for each named attribution rule, a tiny article where that rule, and no rule before
// it, gives a quote its speaker, and the whole quote record it yields (offsets included).
import { describe, expect, it } from 'vitest';
import type { Quote, Section } from '../../src/contract/article';
import { CLOSING_ATTRIBUTION_RULES, CONTEXT_ATTRIBUTION_RULES, SENTENCE_ATTRIBUTION_RULES } from '../../src/pipeline/quotes/attribution-rules';
import { findEntities } from '../../src/pipeline/stages/05-find-entities';
import { traceQuotes } from '../../src/pipeline/stages/06-find-quotes';

/** One section of paragraphs b1, b2, … */
const article = (paragraphs: string[]): Section[] => [{ id: 'story', heading: 'Talks', blocks: paragraphs.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text })) }];

type Case = { rule: string; behaviour: string; paragraphs: string[]; quote: Quote };

const q = (id: string, block: string, start: number, text: string, speaker: string | null): Quote => ({ id, block, start, end: start + text.length, text, speaker });

const cases: Case[] = [
  {
    rule: 'speechActOfSentence',
    behaviour: 'the speech act after a quote that opens its sentence names the speaker',
    paragraphs: ['“We will win the vote,” Joe Biden said. “We will go on after it.”'],
    quote: q('q1', 'b1', 1, 'We will win the vote,', 'joe-biden'),
  },
  {
    rule: 'speechActOfSentence',
    behaviour: 'the speech act before a quote in its sentence names the speaker',
    paragraphs: ['Joe Biden said: “We will win the vote'],
    quote: q('q1', 'b1', 17, 'We will win the vote', 'joe-biden'),
  },
  {
    rule: 'nameAfterClose',
    behaviour: 'a name right after the closing mark, with no verb, names the speaker',
    paragraphs: ['“We will win the vote,” Joe Biden in an interview.'],
    quote: q('q1', 'b1', 1, 'We will win the vote,', 'joe-biden'),
  },
  {
    rule: 'subjectOfFragment',
    behaviour: 'a quoted fragment in a sentence with no speech verb belongs to the sentence subject',
    paragraphs: ['Joe Biden found the plan “a total disaster for everyone”.'],
    quote: q('q1', 'b1', 26, 'a total disaster for everyone', 'joe-biden'),
  },
  {
    rule: 'continuedQuote',
    behaviour: 'a quote reopened in the next paragraph keeps the speaker of the quote left open',
    paragraphs: ['Joe Biden said: “We will win the vote', '“And we will go on after it.”'],
    quote: q('q2', 'b2', 1, 'And we will go on after it.', 'joe-biden'),
  },
  {
    rule: 'continuedQuote',
    behaviour: 'a reopened quote keeps its speaker though a later quote in its paragraph names another',
    paragraphs: ['Joe Biden said: “We will win the vote', '“And we will go on after it.” “We lost the vote,” Mary Smith said.'],
    quote: q('q2', 'b2', 1, 'And we will go on after it.', 'joe-biden'),
  },
  {
    rule: 'earlierNeighbour',
    behaviour: 'an unattributed quote goes on in the voice of the attributed quote before it',
    paragraphs: ['“We will win the vote,” Joe Biden said. “We will go on after it.”'],
    quote: q('q2', 'b1', 41, 'We will go on after it.', 'joe-biden'),
  },
  {
    rule: 'earlierNeighbour',
    behaviour: 'between two attributed quotes, an unattributed one takes the speaker before it',
    paragraphs: ['“We will win the vote,” Joe Biden said. “We will go on after it.” “We lost the vote,” Mary Smith said.'],
    quote: q('q2', 'b1', 41, 'We will go on after it.', 'joe-biden'),
  },
  {
    rule: 'laterNeighbour',
    behaviour: 'an unattributed quote takes the speaker of the attributed quote after it',
    paragraphs: ['“We will go on after the vote.” “We will win it,” Joe Biden said.'],
    quote: q('q1', 'b1', 1, 'We will go on after the vote.', 'joe-biden'),
  },
  {
    rule: 'laterNeighbour',
    behaviour: 'the attributed quote after it wins over an earlier speech act without a quote',
    paragraphs: ['Mary Smith said the plan was bad. “We will go on after the vote.” “We will win it,” Joe Biden said.'],
    quote: q('q1', 'b1', 35, 'We will go on after the vote.', 'joe-biden'),
  },
  {
    rule: 'lastSpeakerBefore',
    behaviour: 'a quote alone in its paragraph takes the last speaker before it there',
    paragraphs: ['Joe Biden said the plan was bad. “We will win the vote.”'],
    quote: q('q1', 'b1', 34, 'We will win the vote.', 'joe-biden'),
  },
  {
    rule: 'lastSpeakerBefore',
    behaviour: 'the last speaker in its own paragraph wins over the paragraph before',
    paragraphs: ['Mary Smith said the plan was bad.', 'Joe Biden said it was good. “We will win the vote.”'],
    quote: q('q1', 'b2', 29, 'We will win the vote.', 'joe-biden'),
  },
  {
    rule: 'lastPersonSubjectBefore',
    behaviour: 'a quote after a sentence about a named person, with no speech verb, is theirs',
    paragraphs: ['Joe Biden summed up the danger with a metaphor. “It is a fire in the house.”'],
    quote: q('q1', 'b1', 49, 'It is a fire in the house.', 'joe-biden'),
  },
  {
    rule: 'previousParagraphSpeaker',
    behaviour: 'a quote in a paragraph where no one speaks takes the last speaker of the paragraph before',
    paragraphs: ['Joe Biden said the plan was bad.', 'Then came the vote. “We will win the vote.”'],
    quote: q('q1', 'b2', 21, 'We will win the vote.', 'joe-biden'),
  },
  {
    rule: 'previousQuoteVoice',
    behaviour: 'a paragraph opening with a quote goes on in the voice of the quote that ended the paragraph before',
    paragraphs: ['“We will win the vote,” Joe Biden in an interview.', '“We will go on after it.”'],
    quote: q('q2', 'b2', 1, 'We will go on after it.', 'joe-biden'),
  },
  {
    rule: 'voiceWhereItCloses',
    behaviour: 'a quote left open takes the speaker of the part that carries it on and closes',
    paragraphs: ['“We will win the vote', '“And we will go on after it,” Joe Biden said.'],
    quote: q('q1', 'b1', 1, 'We will win the vote', 'joe-biden'),
  },
  {
    rule: 'voiceWhereItCloses',
    behaviour: 'the speaker where a quote closes travels back along every open part before it',
    paragraphs: ['“We will win the vote', '“And we will go on after it', '“And we will win the next one too,” Joe Biden said.'],
    quote: q('q1', 'b1', 1, 'We will win the vote', 'joe-biden'),
  },
  {
    rule: 'nobody',
    behaviour: 'a quote with no one around it has no speaker',
    paragraphs: ['“We will win the vote.”'],
    quote: q('q1', 'b1', 1, 'We will win the vote.', null),
  },
];

describe('attribution rules, each where it decides', () => {
  it.each(cases)('$rule: $behaviour', ({ rule, paragraphs, quote }) => {
    const sections = article(paragraphs);
    const traced = traceQuotes(sections, findEntities(sections)).find((t) => t.quote.id === quote.id);
    expect(traced?.quote).toEqual(quote);
    expect(traced?.rule).toBe(rule);
    expect(paragraphs[Number(quote.block.slice(1)) - 1]!.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('has a case for every rule of the three lists', () => {
    const names = [...SENTENCE_ATTRIBUTION_RULES, ...CONTEXT_ATTRIBUTION_RULES, ...CLOSING_ATTRIBUTION_RULES].map((r) => r.name);
    expect(names.filter((name) => !cases.some((c) => c.rule === name))).toEqual([]);
  });
});
