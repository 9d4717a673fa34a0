/**
 * The one typed place where an article view's URL is parsed. Never throws: anything it cannot use
 * (unknown ids, wrong types, garbage, oversized values) is dropped and reported in `ignored`.
 */
import type { Article, EntityType } from '../../contract/article';
import { isolate } from '../lib/bidi';
import { clip } from '../lib/format';

export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

export interface ArticleViewState {
  /** Entity ids to highlight, in the order they were chosen (decides their shade). */
  highlight: string[];
  /** Person entity ids: show only sections mentioning all of them. */
  person: string[];
  /** Country entity ids: show only sections mentioning all of them (or places in them). */
  country: string[];
  /** The quote being looked at. */
  quote: string | null;
  ignored: IgnoredParam[];
}

export const VIEW_PARAMS = ['highlight', 'person', 'country', 'quote'] as const;
/** Generous limits so a pasted monster URL costs nothing. */
const MAX_VALUE_LENGTH = 2000;
const MAX_IDS = 64;
const MAX_IGNORED = 20;
const SHOWN_VALUE_LENGTH = 60;

type ArticleRefs = Pick<Article, 'entities' | 'quotes'>;

/** Parses an article view's search params against the loaded article. */
export function parseArticleView(params: URLSearchParams, article: ArticleRefs): ArticleViewState {
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: string) => {
    const item = { param: clip(param, SHOWN_VALUE_LENGTH), value: clip(value, SHOWN_VALUE_LENGTH), reason };
    // A repeated parameter (`?highlight=x&highlight=x`) is said once, not once per repeat.
    if (ignored.some((i) => i.param === item.param && i.value === item.value && i.reason === item.reason)) return;
    if (ignored.length < MAX_IGNORED) ignored.push(item);
  };
  const entityType = new Map<string, EntityType>();
  const creditOnly = new Set<string>();
  for (const e of article.entities) {
    entityType.set(e.id, e.type);
    if (e.creditOnly) creditOnly.add(e.id);
  }
  const quoteIds = new Set(article.quotes.map((q) => q.id));

  const values = (param: string): string[] => {
    const out: string[] = [];
    for (const raw of params.getAll(param)) {
      if (raw.length > MAX_VALUE_LENGTH) {
        ignore(param, raw, 'too long');
        continue;
      }
      out.push(raw);
    }
    return out;
  };

  const ids = (param: string, accept: (id: string) => string | null): string[] => {
    const chosen: string[] = [];
    for (const value of values(param)) {
      for (const part of value.split(',')) {
        const id = part.trim();
        if (!id || chosen.includes(id)) continue;
        const problem = accept(id);
        if (problem) ignore(param, id, problem);
        else if (chosen.length >= MAX_IDS) ignore(param, id, 'too many ids');
        else chosen.push(id);
      }
    }
    return chosen;
  };

  const highlight = ids('highlight', (id) => (entityType.has(id) ? null : 'unknown entity'));
  const ofType = (type: EntityType, label: string) => (id: string) => {
    const actual = entityType.get(id);
    if (actual === undefined) return 'unknown entity';
    if (actual !== type || creditOnly.has(id)) return `not a ${label}`;
    return null;
  };
  const person = ids('person', ofType('person', 'person'));
  const country = ids('country', ofType('country', 'country'));

  let quote: string | null = null;
  for (const value of values('quote')) {
    const id = value.trim();
    if (quote !== null) ignore('quote', id, 'only one quote at a time');
    else if (quoteIds.has(id)) quote = id;
    else ignore('quote', id, 'unknown quote');
  }

  const known = new Set<string>(VIEW_PARAMS);
  const seenUnknown = new Set<string>();
  for (const [key, value] of params) {
    if (known.has(key) || seenUnknown.has(key)) continue;
    seenUnknown.add(key);
    ignore(key, value, 'unknown parameter');
  }
  return { highlight, person, country, quote, ignored };
}

/** One sentence per ignored param, as shown to the reader (the URL's words isolated from the sentence's). */
export function describeIgnored(item: IgnoredParam): string {
  const param = isolate(item.param);
  const value = isolate(item.value);
  switch (item.reason) {
    case 'unknown entity':
      return `Ignored unknown entity '${value}' (in ${param})`;
    case 'unknown quote':
      return `Ignored unknown quote '${value}'`;
    case 'unknown parameter':
      return `Ignored unknown parameter '${param}'`;
    default:
      return `Ignored ${param} '${value}': ${item.reason}`;
  }
}
