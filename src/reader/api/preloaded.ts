/**
 * The data a prerendered page carries for hydration: a `<script type="application/json" id="lede-data">` block
 * (a data block the browser never executes, so the CSP's `script-src 'self'` allows it). The server writes it,
 * the client reads it into the QueryClient before hydrating, and both go through this one module.
 */
import type { QueryClient } from '@tanstack/react-query';
import { validateArticle, type Article } from '../../contract/article';
import { validateEntityPage, validateStoryEntityKeys, type EntityPage, type StoryEntityKeys } from '../../contract/collection';
import { APP_IDS } from '../../contract/dom-ids';
import { validateLibraryHead, type LibraryHead } from '../../contract/library';
import { paths } from '../config/paths';
import { articleQueryOptions } from './get-article';
import { entityPageQueryOptions } from './get-entity-page';
import { libraryHeadQueryOptions } from './get-library-head';
import { storyEntityKeysQueryOptions } from './get-story-entity-keys';

export const PRELOADED_ID = APP_IDS.data;

/** What a prerendered page was rendered from: its router path (without the base) and the data on it. */
export interface Preloaded {
  path: string;
  article?: Article;
  /** On the library: its first page and facet heads. */
  libraryHead?: LibraryHead;
  /** On an entity's page: its data. */
  entity?: EntityPage;
  /** On an article's page: its entities' collection keys (for the sidebar's links). */
  entityKeys?: StoryEntityKeys;
}

/** JSON safe inside a `<script>` element: every `<` escaped, so no text can close the element or open a comment. */
export function serializePreloaded(preloaded: Preloaded): string {
  return JSON.stringify(preloaded).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

/**
 * Parses and validates a data block's text; null when it is missing, not JSON, breaks the contract, or holds an
 * article other than its path's (the page then renders from scratch and fetches the article its URL names).
 */
export function parsePreloaded(text: string | null | undefined): Preloaded | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || !('path' in json) || typeof json.path !== 'string') return null;
  const out: Preloaded = { path: json.path };
  if ('article' in json) {
    const checked = validateArticle(json.article);
    if (!checked.ok || paths.article.href(checked.value.id) !== json.path) return null;
    out.article = checked.value;
  }
  if ('libraryHead' in json) {
    const checked = validateLibraryHead(json.libraryHead);
    if (!checked.ok || json.path !== paths.library.href()) return null;
    out.libraryHead = checked.value;
  }
  if ('entity' in json) {
    const checked = validateEntityPage(json.entity);
    if (!checked.ok || paths.entity.href(checked.value.key, checked.value.page) !== json.path) return null;
    out.entity = checked.value;
  }
  if ('entityKeys' in json) {
    const checked = validateStoryEntityKeys(json.entityKeys);
    if (!checked.ok || !out.article || checked.value.story !== out.article.id) return null;
    out.entityKeys = checked.value;
  }
  return out;
}

/** Puts the preloaded data where the routes' queries look for it, so they render at once without fetching. */
export function seedQueryClient(queryClient: QueryClient, preloaded: Preloaded): void {
  if (preloaded.article) queryClient.setQueryData(articleQueryOptions(preloaded.article.id).queryKey, preloaded.article);
  if (preloaded.libraryHead) queryClient.setQueryData(libraryHeadQueryOptions().queryKey, preloaded.libraryHead);
  if (preloaded.entity) queryClient.setQueryData(entityPageQueryOptions(preloaded.entity.key, preloaded.entity.page).queryKey, preloaded.entity);
  if (preloaded.entityKeys) queryClient.setQueryData(storyEntityKeysQueryOptions(preloaded.entityKeys.story).queryKey, preloaded.entityKeys);
}
