// The HTML route's metadata step: headline, date, authors, outlet, section and keywords from what the page declares.
import { findDate } from '../structure/dates';
import { type DomDocument } from './dom-types';

/** What a page declares about its story; each field null or empty when the page does not say. */
export type PageMetadata = {
  headline: string | null;
  /** YYYY-MM-DD as the page writes it (the date part of its own time stamp, not converted to another zone). */
  date: string | null;
  authors: string[];
  source: string | null;
  section: string | null;
  keywords: string[];
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** schema.org types of a news story's JSON-LD node. */
const ARTICLE_TYPE = /^(?:\w+)?(?:Article|NewsArticle|BlogPosting|Report|LiveBlogPosting)$/u;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: Json | undefined): Json[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const clean = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Every JSON-LD node of the page, with `@graph` lists and top-level arrays opened; unparsable scripts are skipped. */
function jsonLdNodes(document: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: Json;
    try {
      // Raw line breaks and tabs inside strings are common in pages' JSON-LD and harmless read as spaces.
      parsed = JSON.parse((scripts[i]!.textContent ?? '').replace(/\p{Cc}+/gu, ' ')) as Json;
    } catch {
      continue;
    }
    const open = (value: Json) => {
      for (const item of asList(value)) {
        if (!isObject(item)) continue;
        nodes.push(item);
        if (item['@graph'] !== undefined) open(item['@graph']);
      }
    };
    open(parsed);
  }
  return nodes;
}

/** The story's JSON-LD node: the first whose @type is an article type. */
function articleNode(nodes: JsonObject[]): JsonObject | null {
  return nodes.find((n) => asList(n['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) ?? null;
}

/** A JSON-LD value's text: a string, or the `name` of an object (an author, a publisher). */
function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value) || null;
  if (isObject(value) && typeof value.name === 'string') return clean(value.name) || null;
  return null;
}

/** The content of the first <meta> with one of these `name` or `property` values. */
function metaContent(document: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const meta = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = meta?.getAttribute('content');
    if (content && clean(content)) return clean(content);
  }
  return null;
}

/** Every content of the <meta> elements with this `property` ("article:tag" may repeat). */
function metaContents(document: DomDocument, key: string): string[] {
  const metas = document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`);
  return Array.from({ length: metas.length }, (_, i) => clean(metas[i]!.getAttribute('content') ?? '')).filter(Boolean);
}

/** Earliest year taken as a publication date. */
const MIN_YEAR = 1900;
/** A time of day with its seconds, AM/PM and zone ("21:30:09 EST", "01:38:07 PM IST"), which stands between a date's parts in some stamps. */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,5}\b)?/gu;

/** "2019-11-18T23:04:24-05:00" → "2019-11-18": the date as the page states it, when it is a real calendar date. */
export function isoDate(stamp: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/u.exec(stamp ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // "0001-01-01": a content system's empty date, not a date.
  if (y < MIN_YEAR) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A declared time stamp's date: ISO first, else any form the text route reads ("Fri Mar 13 21:30:09 EST 2015"). */
export const stampDate = (stamp: string | null | undefined): string | null => isoDate(stamp) ?? (stamp ? (findDate(stamp.replace(TIME_OF_DAY, ' '))?.iso ?? null) : null);

/** <meta> names and properties pages give their publication time under, most specific first. */
const DATE_META = ['article:published_time', 'datePublished', 'article:publicationdate', 'publishdate', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'DC.date.issued', 'date'];

/** An author's name, or null for what is no person's name (a URL, an empty string). */
const authorName = (text: string | null) => (text && !/^https?:|\/\//u.test(text) ? text : null);

/** A keywords value ("a, b; c" or a list) as distinct tags. */
function splitKeywords(values: Json[]): string[] {
  const words = values.flatMap((v) => (typeof v === 'string' ? v.split(/\s*[,;]\s*/u) : [])).map(clean).filter(Boolean);
  return [...new Set(words)];
}

/**
 * Reads the story's metadata: JSON-LD (NewsArticle/Article, also inside @graph) first, then OpenGraph and the
 * article:* and name=author/keywords <meta> elements, then <title>.
 */
export function readMetadata(document: DomDocument): PageMetadata {
  const nodes = jsonLdNodes(document);
  const story = articleNode(nodes);
  const ld = (key: string) => story?.[key];
  const ldAuthors = asList(ld('author'))
    .filter((a) => !isObject(a) || !asList(a['@type']).includes('Organization'))
    .map((a) => authorName(nameOf(a)))
    .filter((a): a is string => a !== null);
  const metaAuthors = (metaContent(document, 'author', 'article:author', 'byl') ?? '').split(/\s*,\s*|\s+and\s+/u).map((a) => authorName(a.replace(/^by\s+/iu, ''))).filter((a): a is string => a !== null);
  const sectionList = asList(ld('articleSection')).filter((s): s is string => typeof s === 'string');
  const keywordValues = ld('keywords') !== undefined ? asList(ld('keywords')) : [...metaContents(document, 'article:tag'), metaContent(document, 'keywords', 'news_keywords') ?? ''];
  return {
    headline: nameOf(ld('headline')) ?? metaContent(document, 'og:title', 'twitter:title') ?? (clean(document.title) || null),
    date:
      stampDate(typeof ld('datePublished') === 'string' ? (ld('datePublished') as string) : null) ??
      stampDate(metaContent(document, ...DATE_META)) ??
      isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    authors: [...new Set(ldAuthors.length > 0 ? ldAuthors : metaAuthors)],
    source: nameOf(ld('publisher')) ?? metaContent(document, 'og:site_name', 'application-name'),
    section: (sectionList[0] ? clean(sectionList[0]) : null) || metaContent(document, 'article:section'),
    keywords: splitKeywords(keywordValues),
  };
}
