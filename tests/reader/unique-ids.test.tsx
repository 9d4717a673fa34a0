/**
 * Headings that slug to the ids the reader uses for itself ("lede-data", "root", "lede-main", "b1", "q1", …) or
 * to each other: the prerendered page has every id once, and the app hydrates it from its embedded data (no
 * refetch) with deep links and the contents marker on the right section. Section ids come from the pipeline's
 * own slugger; a tampered file that takes a reserved id is refused with the reason.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, Entity, Quote, Section } from '../../src/contract/article';
import { SCHEMA_VERSION, validateArticle } from '../../src/contract/article';
import { APP_IDS, domIds } from '../../src/contract/dom-ids';
import { uniqueSlugger } from '../../src/pipeline/slug';
import { renderArticlePage } from '../../src/reader/entry-server';
import { renderApp, serveArticle, serveData } from './test-utils';

const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><meta name="description" content="Lede" /><title>Lede</title></head>
<body><div id="root"></div></body></html>`;

const HEADLINE = 'Root';
const HEADINGS = ['Lede Data', 'lede-data', 'Lede Main', 'B1', 'Q1', 'b2', 'Sheet Title', 'Entities Title', 'Quotes Title', 'Talks', 'Talks', 'Talks 2', 'H Talks', 'Block B1', 'Quote Q1'];

/** An article whose section ids the pipeline's slugger gives these headings; a paragraph, a quote and a mention in each. */
function clashArticle(): Article {
  const slug = uniqueSlugger();
  const person: Entity = { id: 'anna-berg', type: 'person', name: 'Anna Berg', aliases: [], country: null, mentions: [] };
  const quotes: Quote[] = [];
  const sections: Section[] = [HEADLINE, ...HEADINGS].map((heading, i) => {
    const block = `b${i + 1}`;
    const text = `"We will keep talking," Anna Berg said after the ${heading} meeting.`;
    const said = text.indexOf('Anna Berg');
    person.mentions.push({ block, start: said, end: said + 'Anna Berg'.length, text: 'Anna Berg' });
    quotes.push({ id: `q${i + 1}`, block, start: 0, end: 23, text: text.slice(0, 23), speaker: person.id });
    return { id: slug(heading, `section-${i + 1}`), heading, blocks: [{ id: block, kind: 'paragraph', text }] };
  });
  const article: Article = { schemaVersion: SCHEMA_VERSION, id: 'clash', headline: HEADLINE, date: null, source: null, topic: null, tags: [], sections, entities: [person], quotes, dropped: [] };
  const checked = validateArticle(article);
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  return checked.value;
}

/** Every id in `root` that more than one element carries. */
const duplicateIds = (root: ParentNode) => {
  const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
};

/** Ids the reader may put on a page for this article: its own, and those derived from the article's ids. */
function expectedIds(article: Article): Set<string> {
  return new Set([
    ...Object.values(APP_IDS),
    ...article.sections.flatMap((s) => [domIds.section(s.id), domIds.heading(s.id), ...s.blocks.map((b) => domIds.block(b.id))]),
    ...article.quotes.map((q) => domIds.quote(q.id)),
  ]);
}

describe('an article whose headings slug to the ids the reader uses', () => {
  const article = clashArticle();
  // boot.tsx hydrates the page in the document itself (as in the browser); later tests need an empty one.
  afterEach(() => document.body.replaceChildren());

  it('gets section ids that step around the reserved ids and each other', () => {
    expect(article.sections.map((s) => s.id)).toEqual([
      'root-2',
      'lede-data-2',
      'lede-data-3',
      'lede-main-2',
      'b1-2',
      'q1-2',
      'b2-2',
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

  it('prerenders a page where every id is unique and is one the reader defines', () => {
    const page = new DOMParser().parseFromString(renderArticlePage(TEMPLATE, article), 'text/html');
    expect(duplicateIds(page)).toEqual([]);
    const allowed = expectedIds(article);
    expect([...page.querySelectorAll('[id]')].map((el) => el.id).filter((id) => !allowed.has(id))).toEqual([]);
    expect(page.getElementById(APP_IDS.data)?.tagName).toBe('SCRIPT');
    expect(page.getElementById(APP_IDS.root)?.tagName).toBe('DIV');
  });

  it('hydrates from the embedded data (no fetch), keeps the server markup, and opens the #section deep link on its own heading', async () => {
    const target = article.sections.find((s) => s.heading === 'B1')!;
    const page = new DOMParser().parseFromString(renderArticlePage(TEMPLATE, article), 'text/html');
    document.body.replaceChildren(...[...page.body.childNodes].map((n) => document.importNode(n, true)));
    const serverH1 = document.querySelector('h1');
    const served = serveData({});
    const reported: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void reported.push(args.map(String).join(' ')));
    window.history.replaceState(null, '', `/a/${article.id}#${target.id}`);

    await import('../../src/reader/boot');
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));

    expect(reported).toEqual([]);
    expect(served).not.toHaveBeenCalled();
    expect(document.querySelector('h1')).toBe(serverH1);
    expect(duplicateIds(document)).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById(domIds.heading(target.id))));
    expect(document.activeElement).toHaveTextContent('B1');
    expect(screen.getByRole('navigation', { name: 'Contents' }).querySelector('[aria-current]')).toHaveAttribute('data-toc', target.id);
    expect(screen.getByRole('link', { name: 'B1' })).toHaveAttribute('aria-current', 'location');
  });
});

describe('a hand-made or tampered article that takes a reserved id', () => {
  it.each([APP_IDS.data, APP_IDS.root, APP_IDS.main, 'b1'])('is refused with the reason when a section takes "%s"', async (id) => {
    const article = clashArticle();
    article.sections[1]!.id = id;
    for (const e of article.entities) for (const m of e.mentions) if (m.block === 'lede-data-2') m.block = id;
    serveArticle(article);
    renderApp(`/a/${article.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Article "clash" does not match the article contract');
    expect(alert).toHaveTextContent(id === 'b1' ? 'sections.1: duplicate id "b1" (also sections.0.blocks.0)' : `sections.1: id "${id}" is reserved for the reader's own page`);
    expect(duplicateIds(document)).toEqual([]);
  });
});
