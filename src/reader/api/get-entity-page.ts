/** One entity's page data: fetcher, query options and hook. The file must hold the entity its URL names. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { quoteText } from '../../contract/article';
import { validateEntityPage } from '../../contract/collection';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const entityPageQueryOptions = (entityKey: string) =>
  queryOptions({
    queryKey: ['entity', entityKey],
    queryFn: ({ signal }) => fetchValidated(paths.data.entity(entityKey), `Entity ${quoteText(entityKey)}`, (json) => validateEntityPage(json, { key: entityKey }), signal),
    staleTime: Infinity,
  });

export const useEntityPage = (entityKey: string) => useQuery(entityPageQueryOptions(entityKey));
