/** The library's first page and facet heads (`data/library.json`): fetcher, query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { validateLibraryHead } from '../../contract/library';
import { paths } from '../config/paths';
import { fetchValidated } from './fetch-json';

export const libraryHeadQueryOptions = () =>
  queryOptions({
    queryKey: ['library-head'],
    queryFn: ({ signal }) => fetchValidated(paths.data.libraryHead(), 'The library', validateLibraryHead, signal),
    staleTime: Infinity,
  });

export const useLibraryHead = (enabled = true) => useQuery({ ...libraryHeadQueryOptions(), enabled });
