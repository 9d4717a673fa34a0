/**
 * Slugs: unique within an article, never one of the reader's own DOM ids nor the shape of a numbered block or
 * quote id, the same slugs as ever for everything else, and linear in the number of headings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { APP_IDS, domIds } from '../../src/contract/dom-ids';
import { ingestArticle } from '../../src/pipeline/ingest-article';
import { slugify, uniqueSlugger } from '../../src/pipeline/slug';

/** The definition the slugger keeps: probe base, base-2, base-3, … from 2 each time (quadratic, so small inputs only). */
function referenceSlugs(texts: string[], reserved: (slug: string) => boolean): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = slugify(text) || 'section';
    let slug = base;
    for (let n = 2; used.has(slug) || reserved(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}

const isReserved = (slug: string) => (Object.values(APP_IDS) as string[]).includes(slug) || /^[bq][0-9]+$/u.test(slug);

describe('uniqueSlugger', () => {
  it('numbers repeats: talks, talks-2, talks-3, and skips a number a heading already took', () => {
    const slug = uniqueSlugger();
    expect(['Talks', 'Talks', 'Talks 3', 'Talks', 'Talks'].map((t) => slug(t, 'section'))).toEqual(['talks', 'talks-2', 'talks-3', 'talks-4', 'talks-5']);
  });

  it.each([
    ...Object.values(APP_IDS).map((id) => [id.replace(/-/gu, ' '), `${id}-2`]),
    ['B1', 'b1-2'],
    ['Q1', 'q1-2'],
    ['b12', 'b12-2'],
    ['Q 7', 'q-7'],
    ['B-52 Bombers', 'b-52-bombers'],
    ['H Talks', 'h-talks'],
  ])('gives the heading "%s" the slug "%s"', (heading, expected) => {
    expect(uniqueSlugger()(heading, 'section')).toBe(expected);
  });

  it('never hands out a reserved slug, even when the numbered form is taken', () => {
    const slug = uniqueSlugger(['root-2']);
    expect([slug('Root', 'x'), slug('Root', 'x')]).toEqual(['root-3', 'root-4']);
  });

  it('hands out the same slugs as the probe-from-2 definition, for any sequence of headings', () => {
    const heading = fc.constantFrom('Talks', 'Talks 2', 'Talks 2 2', 'Talks-3', 'Root', 'Root 2', 'B1', 'b1 2', 'Q2', '', '!!', 'Lede Data', 'section', 'section 2');
    fc.assert(
      fc.property(fc.array(heading, { maxLength: 60 }), (texts) => {
        const slug = uniqueSlugger();
        expect(texts.map((t) => slug(t, 'section'))).toEqual(referenceSlugs(texts, isReserved));
      }),
    );
  });

  it('20,000 identical headings get talks … talks-20000, each once', () => {
    const slug = uniqueSlugger();
    const slugs = Array.from({ length: 20_000 }, () => slug('Talks', 'section'));
    expect(slugs[0]).toBe('talks');
    expect(slugs.at(-1)).toBe('talks-20000');
    expect(new Set(slugs).size).toBe(20_000);
  });
});

describe('headings that slug to the ids the reader uses, through the pipeline', () => {
  const HEADINGS = ['Lede Data', 'Lede Main', 'B1', 'Q1', 'Sheet Title', 'Entities Title', 'Quotes Title', 'Talks', 'Talks', 'Talks 2', 'H Talks', 'Block B1', 'Quote Q1'];
  // Paragraphs as long as a real story's, so the structure stage reads each heading line as a sub-headline.
  const lines = ['Root', '', 'MOSCOW (Sputnik) — Sergei Lavrov met officials from both sides in Moscow on Tuesday to prepare the next round of talks.', ''];
  for (const heading of HEADINGS) {
    lines.push(heading, '', `"We will keep talking to all sides until there is an agreement," Lavrov said after the ${heading} meeting in the capital.`, '');
    lines.push('The talks are expected to resume next month, when delegations from the two countries meet again in the capital to discuss a ceasefire.', '');
  }
  const article = ingestArticle(lines.join('\n'), 'clash');

  it('makes a section per heading, with readable ids that step around the reserved ones', () => {
    expect(article.sections.map((s) => s.heading)).toEqual(['Root', ...HEADINGS]);
    expect(article.sections.map((s) => s.id)).toEqual([
      'root-2',
      'lede-data-2',
      'lede-main-2',
      'b1-2',
      'q1-2',
      'sheet-title-2',
      'entities-title-2',
      'quotes-title-2',
      'talks',
      'talks-2',
      'talks-2-2',
      'h-talks',
      'block-b1',
      'quote-q1',
    ]);
  });

  it('passes the contract, and every DOM id the reader derives from it is unique and none is an app id', () => {
    expect(validateArticle(article)).toMatchObject({ ok: true });
    const ids = [
      ...Object.values(APP_IDS),
      ...article.sections.flatMap((s) => [domIds.section(s.id), domIds.heading(s.id), ...s.blocks.map((b) => domIds.block(b.id))]),
      ...article.quotes.map((q) => domIds.quote(q.id)),
    ];
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
