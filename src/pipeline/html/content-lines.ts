// The HTML route's walk: the story's DOM to the pipeline's lines, each with the kind its tags already tell.
import { kindByPattern } from '../stages/02-classify-lines';
import { normaliseText } from '../stages/01-normalise-text';
import { FURNITURE_WORD } from '../patterns';
import type { LineKind } from '../types';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom-types';

/**
 * One line of the story as the HTML tells it. `known`: the tags settle its kind; else (running text in a <p> or
 * <div>) the text route's rules and line model may still find a byline, a caption or a crosshead set as a paragraph.
 */
export type HtmlLine = { kind: LineKind; text: string; known: boolean };

/** Tags that start a new line; any other element's text runs on with its neighbours (links, emphasis, spans). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose text no reader sees as the story's. */
const SKIPPED_TAGS = new Set(['button', 'canvas', 'form', 'input', 'noscript', 'script', 'select', 'style', 'svg', 'template', 'textarea']);
const HEADING_TAGS = new Set(['h2', 'h3', 'h4']);
/** Classes of an embedded social post's block quote (the markup the platforms' embed codes use). */
const EMBED_CLASS = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-xfbml-parse-ignore)(?:\s|$)/u;
/** Classes of a caption's credit element. */
const CREDIT_CLASS = /credit|copyright|byline|attribution|source|photographer/iu;
/** Tags whose text is the story's own, whatever its shape (a list item, a quotation). */
const KNOWN_TEXT_TAGS = new Set(['li', 'blockquote', 'dd', 'dt', 'td', 'th']);
/** Share of a line's text inside links from which the line is a link, not prose (a related story's title). */
const LINK_LINE_SHARE = 0.9;

/**
 * A trailing photo credit in a caption: "… Photograph: X/Agency", "… (Photo by X / AFP)", "… (AP Photo/X)",
 * "… Image: X", "… Credit: X". The credit starts at the match (after the sentence's end when one precedes it).
 */
const TRAILING_CREDIT =
  /(?:^|\s)(?:(?:photo(?:graph)?s?|image|picture|illustration|credit|source|video)\s*:\s*\S.{0,120}|\((?:\p{Lu}+ )?(?:photo(?:graph)?|image|picture)s?\s*(?:by\b|\/|:)[^()]{2,120}\)|\(?©\s*[^©]{2,120})$/iu;

/** Text as the text route shows it: whitespace runs (line breaks, non-breaking and typographic spaces) to one space, trimmed, NFC. */
export const collapse = (text: string): string => normaliseText(text.replace(/\s+/gu, ' '))[0]?.text ?? '';

/** The text of a node and its descendants, leaving out elements no reader sees and `skip`. */
function textOf(node: DomNode, skip: DomNode | null = null): string {
  if (node === skip) return '';
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node) || SKIPPED_TAGS.has(node.localName)) return '';
  if (node.localName === 'br') return '\n';
  let text = '';
  for (let i = 0; i < node.childNodes.length; i++) text += textOf(node.childNodes[i]!, skip);
  return text;
}

/** How many characters of an inline node's text stand inside links. */
function linkedChars(node: DomNode): number {
  if (!isElement(node)) return 0;
  if (node.localName === 'a') return textOf(node).length;
  let n = 0;
  for (let i = 0; i < node.childNodes.length; i++) n += linkedChars(node.childNodes[i]!);
  return n;
}

const hasBlockInside = (el: DomElement) => el.querySelector([...BLOCK_TAGS].join(',')) !== null;
const classOf = (el: DomElement) => el.getAttribute('class') ?? '';

/**
 * The kind of a line of running text: the text route's line patterns first (dates, credits, share and ad chrome,
 * counters, footers, "Read more:" links, embedded posts' signatures), then a line that is all link is a related
 * story's title, else the kind its tag gives.
 */
function kindOfText(text: string, tagKind: LineKind, linkShare: number): LineKind {
  const byPattern = kindByPattern(text);
  if (byPattern !== null) return byPattern;
  if (tagKind === 'paragraph' && linkShare >= LINK_LINE_SHARE) return 'related';
  return tagKind;
}

/** Fewest words of a heading that reads as a sentence (a standfirst set as a heading). */
const MIN_SENTENCE_HEADING_WORDS = 8;

/**
 * A heading's kind: a sub-headline, unless it is a box label ("More:", "Related"), a linked title (a teaser), a
 * sentence (a standfirst set in a heading: 'paragraph', left to the text route's rules), or a line the patterns know.
 */
function headingKind(el: DomElement, text: string): LineKind {
  const byPattern = kindByPattern(text);
  if (byPattern !== null) return byPattern;
  const words = text.split(' ');
  if (words.every((w) => FURNITURE_WORD.test(w) || !/\p{L}/u.test(w))) return 'furniture';
  if (el.closest('a') !== null || linkedChars(el) >= LINK_LINE_SHARE * textOf(el).trim().length) return 'related';
  if (/[.!]["'”’]?$/u.test(text) && words.length >= MIN_SENTENCE_HEADING_WORDS) return 'paragraph';
  return 'subheading';
}

/** Splits a caption into its description and its trailing credit (either may be empty). */
export function splitCaption(text: string): { caption: string; credit: string } {
  const m = TRAILING_CREDIT.exec(text);
  if (!m) return { caption: text, credit: '' };
  const at = m.index + (m[0].length - m[0].trimStart().length);
  return { caption: text.slice(0, at).trim(), credit: text.slice(at).trim() };
}

/** A walk over one story's DOM, collecting lines in reading order. */
class LineWalk {
  readonly lines: HtmlLine[] = [];

  constructor(private readonly headline: string) {}

  private push(tagKind: LineKind, raw: string, linkShare = 0, knownText = false): void {
    for (const part of raw.split('\n')) {
      const text = collapse(part);
      if (text === '') continue;
      // A caption, credit or embed keeps its kind from the tags, unless the line is a credit by the patterns ("© X").
      const kind = tagKind === 'paragraph' ? kindOfText(text, tagKind, linkShare) : kindByPattern(text) === 'credit' ? 'credit' : tagKind;
      this.lines.push({ kind, text, known: kind !== 'paragraph' || knownText });
    }
  }

  private heading(kind: LineKind, text: string): void {
    if (text !== '') this.lines.push({ kind, text, known: kind !== 'paragraph' });
  }

  /** An element's children: inline runs become lines of `kind`, block children are walked on their own. */
  private children(el: DomElement, kind: LineKind, knownText = false): void {
    let run = '';
    let linked = 0;
    const flush = () => {
      if (run.trim() !== '') this.push(kind, run, linked / Math.max(1, run.trim().length), knownText);
      run = '';
      linked = 0;
    };
    for (let i = 0; i < el.childNodes.length; i++) {
      const child = el.childNodes[i]!;
      if (isElement(child) && (BLOCK_TAGS.has(child.localName) || hasBlockInside(child))) {
        flush();
        this.block(child, kind, knownText);
      } else if (isElement(child) && child.localName === 'br') {
        flush();
      } else {
        run += textOf(child);
        linked += linkedChars(child);
      }
    }
    flush();
  }

  /** A caption: a credit element inside it (by class, or <small>/<cite>) is the credit, else a trailing credit is split off. */
  private caption(el: DomElement): void {
    const all = el.querySelectorAll('*');
    let creditEl: DomElement | null = null;
    for (let i = 0; i < all.length && !creditEl; i++) {
      const c = all[i]!;
      if (CREDIT_CLASS.test(classOf(c)) || c.localName === 'small' || c.localName === 'cite') creditEl = c;
    }
    if (creditEl) {
      this.push('caption', textOf(el, creditEl));
      this.push('credit', textOf(creditEl));
      return;
    }
    const { caption, credit } = splitCaption(collapse(textOf(el)));
    this.push('caption', caption);
    this.push('credit', credit);
  }

  /** An embedded post: each paragraph of it one embed line, the signature around them another. */
  private embed(el: DomElement): void {
    this.children(el, 'embed');
  }

  /** One block element. */
  block(el: DomElement, kind: LineKind = 'paragraph', knownText = false): void {
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'h1') {
      const text = collapse(textOf(el));
      this.heading(text === this.headline ? 'repeated-headline' : headingKind(el, text), text);
    } else if (HEADING_TAGS.has(tag)) {
      this.heading(headingKind(el, collapse(textOf(el))), collapse(textOf(el)));
    } else if (tag === 'figcaption') {
      this.caption(el);
    } else if (tag === 'figure') {
      const caption = el.querySelector('figcaption');
      if (caption) this.caption(caption);
      else this.children(el, 'caption');
    } else if (tag === 'blockquote' && EMBED_CLASS.test(classOf(el))) {
      this.embed(el);
    } else {
      this.children(el, kind === 'embed' ? 'embed' : 'paragraph', knownText || KNOWN_TEXT_TAGS.has(tag));
    }
  }
}

/**
 * The story's lines in reading order: h2–h4 are sub-headlines, p, li and blockquote paragraphs, figure/figcaption a
 * caption and its credit, embedded posts' block quotes embeds; line patterns of the text route still mark
 * furniture inside the story (share lines, "Read more:", ad labels, counters, footers). Text is the nodes' own
 * text, whitespace collapsed as the text route does, never markup.
 */
export function contentLines(content: DomElement, headline: string): HtmlLine[] {
  const walk = new LineWalk(headline);
  walk.block(content);
  return walk.lines;
}
