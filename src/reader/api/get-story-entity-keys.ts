/**
 * A story's entity ids → their collection keys (for the sidebar's links to entity pages): fetcher, query options and
 * hook. Optional data: a data set without a collection, or a failed fetch, leaves the sidebar without those links.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { quoteText } from '../../contract/article';
import { validateStoryEntityKeys, type StoryEntityKeys } from '../../contract/collection';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const storyEntityKeysQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['story-entity-keys', articleId],
    queryFn: ({ signal }) =>
      fetchValidated(paths.data.storyEntityKeys(articleId), `The entity keys of ${quoteText(articleId)}`, (json) => validateStoryEntityKeys(json, { story: articleId }), signal),
    staleTime: Infinity,
    retry: false,
  });

const NONE: ReadonlyMap<string, string> = new Map();
const asMap = (data: StoryEntityKeys): ReadonlyMap<string, string> => new Map(Object.entries(data.keys));

/**
 * Entity id → collection key for the story; empty until loaded, when the data set has no collection, and for a story
 * outside it (`enabled` false: one read on this device), which fetches nothing.
 */
export function useStoryEntityKeys(articleId: string, enabled = true): ReadonlyMap<string, string> {
  const query = useQuery({ ...storyEntityKeysQueryOptions(articleId), select: asMap, enabled });
  return query.data ?? NONE;
}
