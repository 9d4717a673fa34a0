/** One article: fetcher, query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateArticle } from '../../contract/article';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: ({ signal }) => fetchValidated(paths.data.article(articleId), `Article "${articleId}"`, validateArticle, signal),
    staleTime: Infinity,
  });

export const useArticle = (articleId: string) => useQuery(articleQueryOptions(articleId));
