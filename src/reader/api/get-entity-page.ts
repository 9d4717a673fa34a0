/** One entity's page data: fetcher, query options and hook. The file must hold the entity its URL names. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { quoteText } from '../../contract/article';
import { validateEntityPage } from '../../contract/collection';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const entityPageQueryOptions = (entityKey: string, page = 1) =>
  queryOptions({
    queryKey: ['entity', entityKey, page],
    queryFn: ({ signal }) =>
      fetchValidated(paths.data.entity(entityKey, page), `Entity ${quoteText(entityKey)}${page > 1 ? `, page ${page}` : ''}`, (json) => validateEntityPage(json, { key: entityKey, page }), signal),
    staleTime: Infinity,
  });

export const useEntityPage = (entityKey: string, page = 1) => useQuery(entityPageQueryOptions(entityKey, page));
