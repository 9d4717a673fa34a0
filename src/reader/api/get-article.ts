/** One article: fetcher, query options and hook. The file must hold the article its URL names. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { quoteText, validateArticle } from '../../contract/article';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: ({ signal }) => fetchValidated(paths.data.article(articleId), `Article ${quoteText(articleId)}`, (json) => validateArticle(json, { id: articleId }), signal),
    staleTime: Infinity,
  });

export const useArticle = (articleId: string) => useQuery(articleQueryOptions(articleId));
