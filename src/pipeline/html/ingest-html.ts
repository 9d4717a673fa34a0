/**
 * The HTML route: a saved web page in, a contract Article out. Pure (no I/O): linkedom parses the page, Readability
 * finds the story, the page's tags and metadata give each line its kind, and the text route's stages from grouping
 * on (sections, metadata, entities, quotes) do the rest, unchanged.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SCHEMA_VERSION, type Article } from '../../contract/article';
import { InputError } from '../ingest-article';
import { classifyLinesKnowing } from '../stages/02-classify-lines';
import { groupSections } from '../stages/03-group-sections';
import { extractMetadata } from '../stages/04-extract-metadata';
import { findEntities } from '../stages/05-find-entities';
import { findQuotes } from '../stages/06-find-quotes';
import type { ClassifiedLine, Line, LineKind } from '../types';
import { collapse, contentLines, type HtmlLine } from './content-lines';
import type { DomDocument, DomElement } from './dom-types';
import { readMetadata, stampDate } from './read-metadata';

/** The largest page taken, in UTF-16 code units (about its bytes for the Latin scripts), checked before parsing. */
export const MAX_PAGE_CHARS = 20 * 1024 * 1024;
/** Fewest characters of running text in what Readability finds for it to be a story. */
const MIN_STORY_CHARS = 200;
/** Share of the found text inside links from which it is a list of links (navigation), not a story. */
const MAX_LINK_SHARE = 0.5;
/** A page that says it is not there: "Page not found", "404", "Error 404". */
const NOT_FOUND = /^\s*(?:error\s*)?404\b|\b(?:page|article|story|content)\s+(?:was\s+)?(?:not\s+found|cannot\s+be\s+found|could\s+not\s+be\s+found|does\s*n[o’']t\s+exist)\b|^\s*not\s+found\s*$/iu;

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Parses a page with linkedom; forgiving by design, so broken markup still gives a document. */
export function parsePage(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** Throws when the page says it is a "not found" page (in its <title> or its first <h1>). */
function refuseNotFound(document: DomDocument): void {
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  for (const text of [collapse(document.title), h1]) if (NOT_FOUND.test(text)) throw new InputError(`is a "page not found" (404) page: "${text}"`);
}

type Story = { content: DomElement; title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null; excerpt: string | null };

/** Readability's story on a clone of the page (it rewrites the document it reads); throws when it finds none. */
export function findStory(document: DomDocument): Story {
  const clone = document.cloneNode(true);
  const found = new Readability<DomElement>(clone as never, { keepClasses: true, serializer: (node) => node as unknown as DomElement }).parse();
  const text = collapse(found?.textContent ?? '');
  if (!found?.content || text.length < MIN_STORY_CHARS) throw new InputError('no story found: no block of running text long enough for an article');
  const links = found.content.querySelectorAll('a');
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += collapse(links[i]!.textContent ?? '').length;
  if (linked > text.length * MAX_LINK_SHARE) throw new InputError(`no story found: only navigation (${Math.round((100 * linked) / text.length)} % of the text found is links)`);
  return { content: found.content, title: found.title ?? null, byline: found.byline ?? null, siteName: found.siteName ?? null, publishedTime: found.publishedTime ?? null, excerpt: found.excerpt ?? null };
}

/**
 * The headline: the page's first <h1> when the declared headline holds it (the declared one often carries the
 * site's name, "… | Outlet"), else the declared one (JSON-LD, og:title, Readability's title), else the <h1>.
 */
function chooseHeadline(h1: string, declared: string[]): string {
  const fold = (t: string) => t.toLowerCase();
  if (h1 !== '' && declared.some((d) => d !== '' && fold(d).includes(fold(h1)))) return h1;
  return declared.find((d) => d !== '') ?? h1;
}

/** Fewest characters of a standfirst. */
const MIN_STANDFIRST_CHARS = 40;

/**
 * The standfirst (dek) Readability leaves out with the page's header: its excerpt (the page's description), taken
 * only when the page shows it as text outside the story found and the story does not open with it.
 */
function standfirst(document: DomDocument, story: Story, lines: HtmlLine[]): HtmlLine[] {
  const text = collapse(story.excerpt ?? '');
  if (text.length < MIN_STANDFIRST_CHARS) return [];
  const first = lines.find((l) => l.kind === 'paragraph')?.text ?? '';
  if (first.startsWith(text) || text.startsWith(first)) return [];
  const shown = document.querySelectorAll('p, h2, div, span');
  for (let i = 0; i < shown.length; i++) {
    const raw = shown[i]!.textContent ?? '';
    // Only elements about as long as the text are compared (collapsing every container's text would be quadratic).
    if (raw.length >= text.length && raw.length <= 2 * text.length + 100 && collapse(raw) === text) return [{ kind: 'paragraph', text, known: true }];
  }
  return [];
}

/**
 * The story as the text route's lines: the headline, the credits, then the story's lines, a blank line between each
 * (one block per element). Kinds the tags tell are kept; the text route's rules and line model decide the plain
 * paragraphs, as they would in a scraped text (a byline, a caption or a crosshead set as a <p>).
 */
function classify(headline: string, credits: string[], lines: HtmlLine[]): ClassifiedLine[] {
  const all: HtmlLine[] = [{ kind: 'headline', text: headline, known: true }, ...credits.map((text) => ({ kind: 'credit' as const, text, known: true })), ...lines];
  const input: Line[] = [];
  const known: (LineKind | null)[] = [];
  for (const l of all) {
    input.push({ no: input.length + 1, text: l.text }, { no: input.length + 2, text: '' });
    known.push(l.known ? l.kind : null, 'blank');
  }
  return classifyLinesKnowing(input, known);
}

/**
 * Ingests one saved page. Throws InputError for a page over MAX_PAGE_CHARS, binary data, a "page not found" page, or
 * a page where no story is found (too little running text, or only links).
 */
export function ingestHtml(html: string, id: string): Article {
  if (html.length > MAX_PAGE_CHARS) throw new InputError(`is ${megabytes(html.length)}, over the ${megabytes(MAX_PAGE_CHARS)} limit for one page`);
  if (html.includes('\u0000')) throw new InputError('looks binary (contains NUL bytes), not a web page');
  const document = parsePage(html);
  refuseNotFound(document);
  const meta = readMetadata(document);
  const story = findStory(document);
  const headline = chooseHeadline(collapse(document.querySelector('h1')?.textContent ?? ''), [meta.headline, story.title].map((t) => collapse(t ?? '')));
  if (headline === '') throw new InputError('has no headline (no JSON-LD headline, og:title, <title> or <h1>)');
  const content = contentLines(story.content, headline);
  const lines = [...standfirst(document, story, content), ...content];
  if (!lines.some((l) => l.kind === 'paragraph')) throw new InputError('no story found: the text found has no paragraph of prose');
  // Authors are credits: who wrote the story, not people in it.
  // An outlet given as the author ("Business Insider") is the source, not a credit.
  const authors = meta.authors.filter((a) => a !== meta.source);
  const credits = authors.length > 0 ? authors : story.byline ? [collapse(story.byline)] : [];
  const classified = classify(headline, credits, lines);
  const { sections, dropped } = groupSections(classified);
  const fromText = extractMetadata(classified, sections);
  const entities = findEntities(sections);
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    headline,
    date: meta.date ?? stampDate(story.publishedTime) ?? fromText.date,
    source: meta.source ?? (story.siteName ? collapse(story.siteName) : null) ?? fromText.source,
    topic: meta.section ?? fromText.topic,
    tags: meta.keywords.length > 0 ? meta.keywords : fromText.tags,
    sections,
    entities,
    quotes: findQuotes(sections, entities),
    dropped,
  };
}
