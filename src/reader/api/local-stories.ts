/**
 * Stories read on this device (`/read`): kept in this browser's IndexedDB (idb-keyval), never sent anywhere.
 * Store functions, query options and hooks; a record that breaks the contract (an older build's, or edited by
 * hand) is reported, never shown half-checked.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { validateArticle, type Article } from '../../contract/article';
import type { LocalInputKind } from '../../contract/local-read';

/** One story read on this device: the article, the input it was read from, and when. */
export interface LocalStory {
  localId: string;
  article: Article;
  /** The input as it came: a file's bytes, or a paste encoded as UTF-8; `fileName` null for a paste. */
  seed: { fileName: string | null; kind: LocalInputKind; bytes: ArrayBuffer };
  /** When it was read, in ms since the epoch. */
  readAt: number;
  /** The worker's time for the pipeline, in ms. */
  workerMs: number;
}

/** What the list of stories read on this device shows. */
export interface LocalStorySummary {
  localId: string;
  headline: string;
  fileName: string | null;
  readAt: number;
}

/** A stored record that cannot be shown; the message says why. */
export class LocalStoryError extends Error {
  override name = 'LocalStoryError';
}

const DB_NAME = 'lede-read';
const STORE_NAME = 'stories';
let store: UseStore | null = null;
// Opened on first use, so merely importing this module touches no storage.
const db = () => (store ??= createStore(DB_NAME, STORE_NAME));

// By its tag, not instanceof: a value cloned by another realm's IndexedDB (a test's) has another ArrayBuffer.
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Checks a stored value: the wrapper's fields, then the article against the contract (its id must be the key). */
export function checkLocalStory(value: unknown, localId: string): LocalStory {
  if (!isRecord(value) || value.localId !== localId || typeof value.readAt !== 'number' || typeof value.workerMs !== 'number' || !isRecord(value.seed)) {
    throw new LocalStoryError('The story kept on this device is not in the shape this version reads');
  }
  const { fileName, kind, bytes } = value.seed;
  if ((fileName !== null && typeof fileName !== 'string') || (kind !== 'text' && kind !== 'html') || !isArrayBuffer(bytes)) {
    throw new LocalStoryError('The story kept on this device has no readable seed');
  }
  const article = validateArticle(value.article, { id: localId });
  if (!article.ok) throw new LocalStoryError(`The story kept on this device breaks the data contract: ${article.errors.slice(0, 3).join('; ')}`);
  return { localId, article: article.value, seed: { fileName, kind, bytes }, readAt: value.readAt, workerMs: value.workerMs };
}

/** The story with this local id, or null when this device has none. */
export async function getLocalStory(localId: string): Promise<LocalStory | null> {
  const value: unknown = await get(localId, db());
  return value === undefined ? null : checkLocalStory(value, localId);
}

/** Every story kept on this device, newest first; records that break the contract are left out of the list. */
export async function listLocalStories(): Promise<LocalStorySummary[]> {
  const all: unknown[] = await values(db());
  const out: LocalStorySummary[] = [];
  for (const value of all) {
    if (!isRecord(value) || typeof value.localId !== 'string') continue;
    try {
      const story = checkLocalStory(value, value.localId);
      out.push({ localId: story.localId, headline: story.article.headline, fileName: story.seed.fileName, readAt: story.readAt });
    } catch {
      // Not shown: it can still be opened by its link, which says what is wrong with it.
    }
  }
  return out.sort((a, b) => b.readAt - a.readAt);
}

/** Keeps a story on this device (replacing one with the same local id). */
export const putLocalStory = (story: LocalStory): Promise<void> => set(story.localId, story, db());

/** Removes a story from this device. */
export const removeLocalStory = (localId: string): Promise<void> => del(localId, db());

export const localStoryQueryOptions = (localId: string) =>
  queryOptions({ queryKey: ['local-story', localId], queryFn: () => getLocalStory(localId), staleTime: Infinity, retry: false });

export const localStoriesQueryOptions = () => queryOptions({ queryKey: ['local-stories'], queryFn: listLocalStories, retry: false });

export const useLocalStory = (localId: string) => useQuery(localStoryQueryOptions(localId));
export const useLocalStories = () => useQuery(localStoriesQueryOptions());
