/**
 * The HTML route (src/pipeline/html/): a saved page's tags and metadata give the story's structure, furniture inside
 * the story still goes to `dropped`, authors are credits, and bad pages are refused in one line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateArticle, type Article, type Block } from '../../src/contract/article';
import { decodePage } from '../../src/pipeline/html/decode-page';
import { ingestHtml, MAX_PAGE_CHARS } from '../../src/pipeline/html/ingest-html';
import { splitCaption } from '../../src/pipeline/html/content-lines';

/** Prose long enough for Readability to take the article as a story. */
const PROSE = [
  'The city council voted on Tuesday to widen the harbour road, a plan that has divided residents for more than a decade.',
  'Supporters said the new lanes would cut the morning queues that stretch back to the bridge, while opponents warned of noise.',
  'The work is expected to start in the spring and to last about two years, according to the council’s own estimate of the cost.',
];
const paragraphs = (texts: string[] = PROSE) => texts.map((t) => `<p>${t}</p>`).join('\n');

/** A saved page: head metadata, then the story inside <article> with a site header and footer around it. */
function page({ head = '', body = paragraphs(), title = 'Harbour road to be widened' } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>${title}</h1>
${body}
</article>
<footer><p>© Example Media</p></footer></body></html>`;
}

const ingest = (html: string): Article => {
  const article = ingestHtml(html, 'page');
  const checked = validateArticle(article, { id: 'page' });
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  return article;
};
const blocks = (a: Article): Pick<Block, 'kind' | 'text'>[] => a.sections.flatMap((s) => s.blocks).map(({ kind, text }) => ({ kind, text }));

describe('HTML route: structure from the tags', () => {
  it('an h2 starts a section, headed by its text, holding the paragraphs after it', () => {
    const a = ingest(page({ body: `${paragraphs(PROSE.slice(0, 2))}<h2>What happens next</h2>${paragraphs(PROSE.slice(2))}` }));
    expect(a.sections.map((s) => ({ heading: s.heading, blocks: s.blocks.map(({ kind, text }) => ({ kind, text })) }))).toEqual([
      { heading: 'Harbour road to be widened', blocks: PROSE.slice(0, 2).map((text) => ({ kind: 'paragraph', text })) },
      { heading: 'What happens next', blocks: [{ kind: 'paragraph', text: PROSE[2] }] },
    ]);
  });

  const captions: [string, string, { kind: string; text: string }[]][] = [
    ['a "Photograph:" credit at the end of the caption', 'Traffic on the harbour road. Photograph: Jane Roe/Agency', [{ kind: 'caption', text: 'Traffic on the harbour road.' }, { kind: 'credit', text: 'Photograph: Jane Roe/Agency' }]],
    ['a "(Photo by … / AFP)" credit', 'Traffic on the harbour road (Photo by Jane ROE / AFP)', [{ kind: 'caption', text: 'Traffic on the harbour road' }, { kind: 'credit', text: '(Photo by Jane ROE / AFP)' }]],
    ['a credit element inside the caption', 'Traffic on the harbour road. <span class="credit">Jane Roe / Agency</span>', [{ kind: 'caption', text: 'Traffic on the harbour road.' }, { kind: 'credit', text: 'Jane Roe / Agency' }]],
    ['a caption without a credit', 'Traffic on the harbour road at dawn.', [{ kind: 'caption', text: 'Traffic on the harbour road at dawn.' }]],
  ];
  it.each(captions)('figure/figcaption → caption and credit: %s', (_name, caption, expected) => {
    const a = ingest(page({ body: `${paragraphs(PROSE.slice(0, 1))}<figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure>${paragraphs(PROSE.slice(1))}` }));
    expect(blocks(a)).toEqual([{ kind: 'paragraph', text: PROSE[0] }, ...expected, ...PROSE.slice(1).map((text) => ({ kind: 'paragraph', text }))]);
  });

  it('an embedded tweet becomes embed blocks: its text, then its signature line', () => {
    const tweet = '<blockquote class="twitter-tweet"><p lang="en">The road is finally happening! <a href="https://t.co/x">pic.twitter.com/abc123</a></p>— Jane Roe (@janeroe) <a href="https://twitter.com/x">November 19, 2019</a></blockquote>';
    const a = ingest(page({ body: `${paragraphs(PROSE.slice(0, 2))}${tweet}${paragraphs(PROSE.slice(2))}` }));
    expect(blocks(a).filter((b) => b.kind === 'embed')).toEqual([
      { kind: 'embed', text: 'The road is finally happening! pic.twitter.com/abc123' },
      { kind: 'embed', text: '— Jane Roe (@janeroe) November 19, 2019' },
    ]);
  });

  it('list items and block quotes keep their text as paragraphs; text is the page’s text, never its markup', () => {
    const a = ingest(page({ body: `${paragraphs()}<ul><li>First, the <b>bridge</b> lane.</li><li>Then the&nbsp;tunnel &lt;exit&gt;.</li></ul><blockquote><p>We waited ten years for this.</p></blockquote>` }));
    expect(blocks(a).slice(3)).toEqual([
      { kind: 'paragraph', text: 'First, the bridge lane.' },
      { kind: 'paragraph', text: 'Then the tunnel <exit>.' },
      { kind: 'paragraph', text: 'We waited ten years for this.' },
    ]);
  });

  const furniture: [string, string, { dropped?: { text: string; reason: string }; block?: { kind: string; text: string } }][] = [
    ['an ad label', 'Advertisement', { dropped: { text: 'Advertisement', reason: 'site chrome (sharing prompt, ad, social or box label)' } }],
    ['a share line', 'Share this story on Facebook', { dropped: { text: 'Share this story on Facebook', reason: 'site chrome (sharing prompt, ad, social or box label)' } }],
    ['a newsletter prompt', 'Sign up for our morning newsletter', { dropped: { text: 'Sign up for our morning newsletter', reason: 'site chrome (sharing prompt, ad, social or box label)' } }],
    ['a "Read more:" link, shown as a related story as the text route does', 'Read more: <a href="/x">Bridge tolls to rise</a>', { block: { kind: 'related', text: 'Read more: Bridge tolls to rise' } }],
  ];
  it.each(furniture)('furniture inside the story: %s', (_name, line, expected) => {
    const a = ingest(page({ body: `${paragraphs(PROSE.slice(0, 2))}<p>${line}</p>${paragraphs(PROSE.slice(2))}` }));
    if (expected.dropped) {
      expect(a.dropped).toContainEqual(expected.dropped);
      expect(blocks(a).map((b) => b.text)).toEqual(PROSE);
    } else {
      expect(blocks(a)).toEqual([...PROSE.slice(0, 2).map((text) => ({ kind: 'paragraph', text })), expected.block, { kind: 'paragraph', text: PROSE[2] }]);
    }
  });
});

describe('HTML route: metadata', () => {
  const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
  const story = { '@type': 'NewsArticle', headline: 'Harbour road to be widened', datePublished: '2019-11-18T23:04:24-05:00', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'Sam Poe' }], publisher: { '@type': 'Organization', name: 'Harbour Times' }, articleSection: 'Local', keywords: 'roads, council' };
  const cases: [string, string, Partial<Article>][] = [
    ['JSON-LD NewsArticle', ld(story), { headline: 'Harbour road to be widened', date: '2019-11-18', source: 'Harbour Times', topic: 'Local', tags: ['roads', 'council'] }],
    ['JSON-LD inside @graph', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, story] }), { date: '2019-11-18', source: 'Harbour Times', topic: 'Local', tags: ['roads', 'council'] }],
    [
      'OpenGraph and <meta> when there is no JSON-LD',
      '<meta property="og:title" content="Harbour road to be widened"><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2020-02-03T10:00:00Z"><meta property="article:section" content="Local"><meta name="keywords" content="roads; council"><meta name="author" content="Jane Roe">',
      { date: '2020-02-03', source: 'Harbour Times', topic: 'Local', tags: ['roads', 'council'] },
    ],
  ];
  it.each([
    ['a Java-style stamp', '<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">', '2015-03-13'],
    ['a time before the date', ld({ '@type': 'NewsArticle', datePublished: '01:38:07 PM IST Nov 20, 2019' }), '2019-11-20'],
    ['a placeholder date, passed over for the next one', `${ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z' })}<meta property="article:published_time" content="2019-11-19T08:00:00Z">`, '2019-11-19'],
    ['no date at all', '', null],
  ])('the date from %s', (_name, head, date) => {
    expect(ingest(page({ head })).date).toBe(date);
  });

  it.each(cases)('%s: headline, date, outlet, section and keywords', (_name, head, expected) => {
    const a = ingest(page({ head }));
    expect({ headline: a.headline, date: a.date, source: a.source, topic: a.topic, tags: a.tags }).toMatchObject(expected);
  });

  it('authors from the metadata are credits: credit blocks, creditOnly entities, never people of the story', () => {
    const a = ingest(page({ head: ld(story) }));
    expect(blocks(a).filter((b) => b.kind === 'credit')).toEqual([
      { kind: 'credit', text: 'Jane Roe' },
      { kind: 'credit', text: 'Sam Poe' },
    ]);
    const people = a.entities.filter((e) => e.type === 'person').map((e) => ({ name: e.name, creditOnly: e.creditOnly ?? false }));
    expect(people).toEqual([
      { name: 'Jane Roe', creditOnly: true },
      { name: 'Sam Poe', creditOnly: true },
    ]);
  });
});

describe('HTML route: bad pages get one clear reason', () => {
  const bad: [string, () => string, RegExp][] = [
    ['a 404 page', () => page({ title: 'Page not found', body: '<p>Sorry, we could not find that page.</p>' }), /^is a "page not found" \(404\) page: "Page not found"$/u],
    ['a page with no story', () => page({ body: '<p>Welcome.</p>' }), /^no story found/u],
    ['a page of only navigation', () => page({ body: `<ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`).join('')}</ul>` }), /^no story found/u],
    ['a page over the size cap, refused before parsing', () => `<html>${' '.repeat(MAX_PAGE_CHARS)}</html>`, /^is 20\.0 MB, over the 20\.0 MB limit for one page$/u],
  ];
  it.each(bad)('%s', (_name, make, reason) => {
    expect(() => ingestHtml(make(), 'page')).toThrow(reason);
  });

  it('broken markup (unclosed and stray tags) does not throw and keeps the story', () => {
    const broken = page({ body: `<div><p>${PROSE[0]}<p>${PROSE[1]}</span></div></div><p>${PROSE[2]}<b>` });
    expect(blocks(ingest(broken)).map((b) => b.text)).toEqual(PROSE);
  });
});

describe('HTML route: encodings', () => {
  const latin = (charset: string) => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>caf`), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]);
  it('a page declaring another encoding is decoded in it', () => {
    expect(decodePage(latin('windows-1252'))).toContain('<p>café</p>');
    expect(decodePage(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9</p>', 'latin1'))).toContain('café');
  });
  it('a page in UTF-8 is read as UTF-8, with or without a BOM', () => {
    expect(decodePage(Buffer.from('\ufeff<p>café</p>'))).toContain('café');
  });
  const refused: [string, Buffer, RegExp][] = [
    ['an encoding the runtime does not know', latin('x-made-up'), /^declares the encoding "x-made-up", which this runtime cannot decode: save the page as UTF-8$/u],
    ['bytes that are not valid in the declared UTF-8', latin('utf-8'), /^is not valid utf-8 text \(the encoding it declares\)$/u],
  ];
  it.each(refused)('refuses %s in one line', (_name, bytes, reason) => {
    expect(() => decodePage(bytes)).toThrow(reason);
  });
});

describe('splitCaption', () => {
  it.each([
    ['Crowds at the pier. Photograph: Jane Roe/Agency', { caption: 'Crowds at the pier.', credit: 'Photograph: Jane Roe/Agency' }],
    ['Crowds at the pier (AP Photo/Jane Roe)', { caption: 'Crowds at the pier', credit: '(AP Photo/Jane Roe)' }],
    ['Crowds at the pier. Image: Reuters', { caption: 'Crowds at the pier.', credit: 'Image: Reuters' }],
    ['Crowds at the pier.', { caption: 'Crowds at the pier.', credit: '' }],
  ])('%s', (text, expected) => {
    expect(splitCaption(text)).toEqual(expected);
  });
});

describe('HTML route: the CLI', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-html-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/ingest.ts'), ...args], { encoding: 'utf8', cwd: root });

  it('`ingest page.html` prints the article JSON, valid by the contract, and nothing else', () => {
    const file = path.join(tmp, 'Harbour Road.html');
    fs.writeFileSync(file, page({ body: `${paragraphs(PROSE.slice(0, 2))}<h2>What happens next</h2>${paragraphs(PROSE.slice(2))}` }));
    const r = cli(file);
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const checked = validateArticle(JSON.parse(r.stdout));
    expect(checked.ok && { id: checked.value.id, sections: checked.value.sections.map((s) => s.heading) }).toEqual({ id: 'harbour-road', sections: ['Harbour road to be widened', 'What happens next'] });
  });

  it('a bad page is one line naming the file and the reason', () => {
    const file = path.join(tmp, 'gone.htm');
    fs.writeFileSync(file, page({ title: 'Page not found', body: '<p>Sorry.</p>' }));
    const r = cli(file);
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 1, stdout: '', stderr: `${file}: is a "page not found" (404) page: "Page not found"\n` });
  });

  it('a batch takes .html beside .txt and publishes both; a .txt keeps its id beside a page of the same name', () => {
    const seeds = fs.mkdtempSync(path.join(tmp, 'seeds-'));
    const out = path.join(tmp, 'out');
    fs.copyFileSync(path.join(root, 'seeds/000_3979cacfdab927d0.txt'), path.join(seeds, 'story.txt'));
    fs.writeFileSync(path.join(seeds, 'story.html'), page());
    fs.writeFileSync(path.join(seeds, 'harbour.HTML'), page());
    const r = cli('--seeds', seeds, '--out', out);
    // The progress summary line (counts, rate, the slowest seed), then the batch's own line.
    expect({ code: r.status, stderr: r.stderr.replace(/ into .*$/su, '').replace(/^ingest: 3 done in [^\n]*\nsearch index: 3 done in [^\n]*\n/u, '') }).toEqual({ code: 0, stderr: 'ingested 3 article(s)' });
    const ids = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')).articles.map((a: { id: string }) => a.id).sort();
    expect(ids[0]).toBe('harbour');
    expect(ids[1]).toBe('story');
    expect(ids[2]).toMatch(/^story-[0-9a-f]{8}$/u);
    const story = JSON.parse(fs.readFileSync(path.join(out, 'articles', 'story.json'), 'utf8'));
    expect(story.headline).not.toBe('Harbour road to be widened');
  });
});
