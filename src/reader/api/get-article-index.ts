/** The list of bundled articles: fetcher, query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateArticleIndex } from '../../contract/article';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const articleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['article-index'],
    queryFn: ({ signal }) => fetchValidated(paths.data.index(), 'The article list', validateArticleIndex, signal),
    staleTime: Infinity,
  });

export const useArticleIndex = () => useQuery(articleIndexQueryOptions());
