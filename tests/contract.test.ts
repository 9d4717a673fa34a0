/**
 * The contract's validator refuses data the reader would render wrong: ids that clash with each other or with the
 * reader's own DOM ids, spans that are empty, out of their text or inside a character, an entity's overlapping
 * mentions, overlapping quotes, a country reference to a missing entity or to one that is not a country, data of
 * another schema version, a file that holds another article. Each rejection names the problem.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, validateArticle, validateArticleIndex, type Article, type Mention } from '../src/contract/article';
import { APP_IDS } from '../src/contract/dom-ids';

const HEADLINE = 'Talks in Geneva';
const B1 = '"We will talk," said Anna Berg in Geneva 🙂 today.';
const B2 = 'Berg left for Bern.';

/** A span of `text` in `block`, found by its words (the nth occurrence), so offsets are never typed in. */
function span(block: string, text: string, words: string, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in "${text}"`);
  return { block, start, end: start + words.length, text: words };
}

/** A small valid article: two sections, a person and two places with mentions (one in a heading), a quote. */
function article(): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'talks',
    headline: HEADLINE,
    date: null,
    source: null,
    topic: null,
    tags: [],
    sections: [
      { id: 'talks-in-geneva', heading: HEADLINE, blocks: [{ id: 'b1', kind: 'paragraph', text: B1 }] },
      { id: 'next-steps', heading: 'Next steps', blocks: [{ id: 'b2', kind: 'paragraph', text: B2 }] },
    ],
    entities: [
      { id: 'anna-berg', type: 'person', name: 'Anna Berg', aliases: ['Berg'], country: null, mentions: [span('b1', B1, 'Anna Berg'), span('b2', B2, 'Berg')] },
      { id: 'geneva', type: 'place', name: 'Geneva', aliases: [], country: null, mentions: [span('talks-in-geneva', HEADLINE, 'Geneva'), span('b1', B1, 'Geneva')] },
      { id: 'bern', type: 'place', name: 'Bern', aliases: [], country: null, mentions: [span('b2', B2, 'Bern')] },
    ],
    quotes: [{ id: 'q1', ...span('b1', B1, '"We will talk,"'), speaker: 'anna-berg' }],
    dropped: [],
  };
}

const entity = (a: Article, id: string) => a.entities.find((e) => e.id === id)!;
/** Adds a country the text never names (no mentions) and puts Geneva and Bern in it, as the pipeline does. */
const placeInSwitzerland = (a: Article) => {
  a.entities.push({ id: 'switzerland', type: 'country', name: 'Switzerland', aliases: [], country: 'switzerland', mentions: [] });
  entity(a, 'geneva').country = 'switzerland';
  entity(a, 'bern').country = 'switzerland';
};
const errorsOf = (input: unknown, expected?: { id?: string }) => {
  const result = validateArticle(input, expected);
  return result.ok ? [] : result.errors;
};

describe('validateArticle accepts', () => {
  it.each<[string, (a: Article) => void]>([
    ['the base article', () => {}],
    ['mentions of two entities over the same words (an organisation and a place both read "SFO")', (a) => void entity(a, 'bern').mentions.push(span('b2', B2, 'Berg'))],
    ['a mention of one entity inside another\'s ("Berg" of "Anna Berg")', (a) => void entity(a, 'bern').mentions.push(span('b1', B1, 'Berg'))],
    ['a mention that ends right where the next begins', (a) => void entity(a, 'bern').mentions.push({ block: 'b1', start: B1.indexOf('Anna'), end: B1.indexOf('Anna') + 2, text: 'An' })],
    ['a mention of a whole emoji (two UTF-16 units)', (a) => void entity(a, 'bern').mentions.push(span('b1', B1, '🙂'))],
    ['an article fetched by its own id', () => {}],
    ['places whose country is a country entity the text names only through them (no mentions of its own)', placeInSwitzerland],
    ["a person whose title names a country (the person's country is that country's id)", (a) => void (placeInSwitzerland(a), (entity(a, 'anna-berg').country = 'switzerland'))],
    ['a country whose country is null (not given)', (a) => void (placeInSwitzerland(a), (entity(a, 'switzerland').country = null))],
  ])('%s', (_, change) => {
    const a = article();
    change(a);
    expect(errorsOf(a, { id: 'talks' })).toEqual([]);
  });
});

describe('validateArticle rejects, naming the problem', () => {
  const surrogateAt = B1.indexOf('🙂') + 1;
  it.each<[string, (a: Article) => void, RegExp]>([
    // Ids: one namespace for sections, blocks and quotes, and none of the reader's own DOM ids.
    ...Object.values(APP_IDS).map((appId): [string, (a: Article) => void, RegExp] => [
      `a section id that is the reader's own DOM id "${appId}"`,
      (a) => void (a.sections[1]!.id = appId),
      new RegExp(`^sections\\.1: id "${appId}" is reserved for the reader's own page$`, 'u'),
    ]),
    ['a block id that is a reader DOM id', (a) => void (a.sections[1]!.blocks[0]!.id = 'lede-main'), /^sections\.1\.blocks\.0: id "lede-main" is reserved/u],
    ['a quote id that is a reader DOM id', (a) => void (a.quotes[0]!.id = 'root'), /^quotes\.0: id "root" is reserved/u],
    ['a section id equal to a block id', (a) => void (a.sections[1]!.id = 'b1'), /^sections\.1: duplicate id "b1" \(also sections\.0\.blocks\.0\)$/u],
    ['a quote id equal to a section id', (a) => void (a.quotes[0]!.id = 'next-steps'), /^quotes\.0: duplicate id "next-steps" \(also sections\.1\)$/u],
    ['a quote id equal to a block id', (a) => void (a.quotes[0]!.id = 'b2'), /^quotes\.0: duplicate id "b2" \(also sections\.1\.blocks\.0\)$/u],
    ['two sections with one id', (a) => void (a.sections[1]!.id = 'talks-in-geneva'), /^sections\.1: duplicate id "talks-in-geneva" \(also sections\.0\)$/u],
    ['a block id no element id can carry', (a) => void (a.sections[1]!.blocks[0]!.id = 'b 2'), /^sections\.1\.blocks\.0\.id: must be lowercase letters, digits and dashes/u],
    ['a section id with an underscore (the separator of derived ids)', (a) => void (a.sections[1]!.id = 'h_talks'), /^sections\.1\.id: must be lowercase letters/u],
    ['two entities with one id', (a) => void (entity(a, 'bern').id = 'geneva'), /^entities: duplicate id "geneva"$/u],
    // Spans: inside their text, not empty, not inside a character, pointing at their words.
    ['a mention with start = end = 1e15 and empty text', (a) => void entity(a, 'bern').mentions.push({ block: 'b2', start: 1e15, end: 1e15, text: '' }), /^entities\.bern\.mentions\.1: offsets 1000000000000000-1000000000000000 in "b2" are empty or reversed/u],
    ['an empty mention inside the text', (a) => void entity(a, 'bern').mentions.push({ block: 'b2', start: 3, end: 3, text: '' }), /^entities\.bern\.mentions\.1: offsets 3-3 in "b2" are empty or reversed/u],
    ['a reversed mention', (a) => void entity(a, 'bern').mentions.push({ block: 'b2', start: 4, end: 2, text: '' }), /offsets 4-2 in "b2" are empty or reversed/u],
    ['a mention running past the end of its text', (a) => void entity(a, 'bern').mentions.push({ block: 'b2', start: 14, end: 1e15, text: 'Bern.' }), /^entities\.bern\.mentions\.1: offsets 14-1000000000000000 in "b2" run past the end of its text \(19 characters\)$/u],
    ['a mention that ends inside an emoji', (a) => void entity(a, 'bern').mentions.push({ block: 'b1', start: surrogateAt - 1, end: surrogateAt, text: B1.slice(surrogateAt - 1, surrogateAt) }), new RegExp(`offset ${surrogateAt} splits a surrogate pair`, 'u')],
    ['a mention that starts inside an emoji', (a) => void entity(a, 'bern').mentions.push({ block: 'b1', start: surrogateAt, end: surrogateAt + 2, text: B1.slice(surrogateAt, surrogateAt + 2) }), new RegExp(`offset ${surrogateAt} splits a surrogate pair`, 'u')],
    ['a mention whose offsets are not integers', (a) => void entity(a, 'bern').mentions.push({ block: 'b2', start: 1.5, end: 3, text: 'er' }), /^entities\.2\.mentions\.1\.start: /u],
    ['a negative offset', (a) => void entity(a, 'bern').mentions.push({ block: 'b2', start: -1, end: 3, text: 'Ber' }), /^entities\.2\.mentions\.1\.start: /u],
    ['a mention in an unknown block', (a) => void entity(a, 'bern').mentions.push({ block: 'b9', start: 0, end: 1, text: 'B' }), /^entities\.bern\.mentions\.1: unknown block "b9"$/u],
    ['a mention whose text is not at its offsets', (a) => void (entity(a, 'bern').mentions[0]!.text = 'Bonn'), /^entities\.bern\.mentions\.0: offsets 14-18 in "b2" do not point at "Bonn"$/u],
    ["one entity's overlapping mentions", (a) => void entity(a, 'anna-berg').mentions.push(span('b1', B1, 'Berg')), /^entities\.anna-berg\.mentions\.2: \d+-\d+ overlaps entities\.anna-berg\.mentions\.0 \(\d+-\d+\) in "b1"; one entity's mentions never overlap$/u],
    ["one entity's mention given twice", (a) => void entity(a, 'bern').mentions.push(span('b2', B2, 'Bern')), /overlaps entities\.bern\.mentions\.0 .* in "b2"; one entity's mentions never overlap/u],
    // Quotes: the same span rules, and never overlapping one another.
    ['two overlapping quotes', (a) => void a.quotes.push({ id: 'q2', ...span('b1', B1, 'will talk," said'), speaker: null }), /^quotes\.q2: \d+-\d+ overlaps quotes\.q1 \(0-15\) in "b1"; quotes never overlap$/u],
    ['a quote inside another', (a) => void a.quotes.push({ id: 'q2', ...span('b1', B1, 'will'), speaker: null }), /^quotes\.q2: .* overlaps quotes\.q1/u],
    ['an empty quote past the text', (a) => void a.quotes.push({ id: 'q2', block: 'b2', start: 1e15, end: 1e15, text: '', speaker: null }), /^quotes\.q2: offsets 1000000000000000-1000000000000000 in "b2" are empty or reversed/u],
    ['a quote that splits an emoji', (a) => void a.quotes.push({ id: 'q2', block: 'b1', start: surrogateAt, end: B1.length, text: B1.slice(surrogateAt), speaker: null }), /^quotes\.q2: .*splits a surrogate pair/u],
    ['a quote by an unknown speaker', (a) => void (a.quotes[0]!.speaker = 'nobody'), /^quotes\.q1: unknown speaker "nobody"$/u],
    ['a quote by a place', (a) => void (a.quotes[0]!.speaker = 'geneva'), /^quotes\.q1: speaker "geneva" is a place, not a person or organization$/u],
    // Countries: an entity's country is the id of a country entity of the article, never a name.
    ['a place whose country is an id no entity has', (a) => void (entity(a, 'bern').country = 'switzerland'), /^entities\.bern\.country: unknown entity "switzerland" \(the country of "Bern" must be a country entity of the article\)$/u],
    ['a place whose country is a name, as schema 1 wrote it', (a) => void (placeInSwitzerland(a), (entity(a, 'bern').country = 'Switzerland')), /^entities\.2\.country: must be lowercase letters, digits and dashes/u],
    ['a place whose country is a place', (a) => void (entity(a, 'bern').country = 'geneva'), /^entities\.bern\.country: "geneva" is a place, not a country \(the country of "Bern"\)$/u],
    ["a person whose country is a person (itself)", (a) => void (entity(a, 'anna-berg').country = 'anna-berg'), /^entities\.anna-berg\.country: "anna-berg" is a person, not a country \(the country of "Anna Berg"\)$/u],
    ['a country whose country is another country', (a) => void (placeInSwitzerland(a), a.entities.push({ id: 'france', type: 'country', name: 'France', aliases: [], country: 'switzerland', mentions: [span('b2', B2, 'Bern')] })), /^entities\.france\.country: a country's country is its own id "france", not "switzerland"$/u],
    ['a person with no mentions', (a) => void (entity(a, 'anna-berg').mentions = []), /^entities\.anna-berg\.mentions: "Anna Berg" has no mentions; only a country that another entity's country names may have none$/u],
    ['a country with no mentions that no entity names as its country', (a) => void (placeInSwitzerland(a), (entity(a, 'geneva').country = null), (entity(a, 'bern').country = null)), /^entities\.switzerland\.mentions: "Switzerland" has no mentions/u],
    // Text: well-formed Unicode, so the prerendered page can hold it.
    ['a block text with a lone surrogate', (a) => void (a.sections[1]!.blocks[0]!.text = `${B2}\ud800`), /^sections\.1\.blocks\.0\.text: has a lone surrogate/u],
    ['a headline with a lone surrogate', (a) => void ((a.headline = '\udc00'), (a.sections[0]!.heading = '\udc00')), /^headline: has a lone surrogate/u],
    ['a first heading that is not the headline', (a) => void (a.sections[0]!.heading = 'Other'), /^sections\.0\.heading: must be the headline$/u],
  ])('%s', (_, change, message) => {
    const a = article();
    change(a);
    const errors = errorsOf(a);
    expect(errors.some((e) => message.test(e)), `errors: ${JSON.stringify(errors)}`).toBe(true);
  });

  it('data of another schema version, in one line that says what to do (not an error per changed field)', () => {
    const stale = { ...article(), schemaVersion: 1 };
    expect(errorsOf(stale)).toEqual(['schemaVersion: the data is schema version 1, but this build reads version 2; ingest the articles again']);
  });

  it('a file holding another article than the one requested', () => {
    expect(errorsOf(article(), { id: 'other-story' })).toEqual(['id: the data is article "talks", not the requested "other-story"']);
  });

  it('quotes article text in messages with bidi and control characters escaped, so the message stays one plain line', () => {
    const a = article();
    entity(a, 'bern').mentions[0]!.text = 'Be\u202Ern\n\u2066x';
    const [error] = errorsOf(a);
    expect(error).toBe(String.raw`entities.bern.mentions.0: offsets 14-18 in "b2" do not point at "Be\u202ern\n\u2066x"`);
  });
});

describe('validateArticleIndex', () => {
  const summary = { id: 'talks', headline: HEADLINE, date: null, source: null, sections: 2, people: 1, quotes: 1 };
  it('accepts an index listing each article once', () => {
    expect(validateArticleIndex({ schemaVersion: SCHEMA_VERSION, articles: [summary, { ...summary, id: 'other' }] }).ok).toBe(true);
  });
  it('rejects an index of another schema version in one line', () => {
    expect(validateArticleIndex({ schemaVersion: 1, articles: [summary] })).toEqual({ ok: false, errors: ['schemaVersion: the data is schema version 1, but this build reads version 2; ingest the articles again'] });
  });
  it('rejects an index listing one article twice', () => {
    expect(validateArticleIndex({ schemaVersion: SCHEMA_VERSION, articles: [summary, summary] })).toEqual({ ok: false, errors: ['articles.1: duplicate id "talks"'] });
  });
});
