/** `/e/:entityKey`: loads an entity's page data, then hands it to the view; loading, missing and broken data stay inside the frame. */
import { Link, useParams } from 'react-router-dom';
import { DataError } from '../api/fetch-json';
import { useEntityPage } from '../api/get-entity-page';
import { LoadFailedNotice, Notice } from '../components/notice';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { SkeletonLines } from '../components/skeleton';
import { paths } from '../config/paths';
import { isolate } from '../lib/bidi';
import { EntityView } from './entity-view';

export function EntityRoute() {
  const { entityKey = '', page: pageParam } = useParams();
  // Page 1 has no number in its URL; anything but a whole number from 2 is no page (the fetch 404s).
  const page = pageParam === undefined ? 1 : /^[1-9][0-9]{0,5}$/u.test(pageParam) && pageParam !== '1' ? Number(pageParam) : 0;
  const query = useEntityPage(entityKey, page);
  if (query.isSuccess) return <EntityView key={`${query.data.key}/${query.data.page}`} page={query.data} />;
  return (
    <PageFrame>
      <main id={MAIN_ID} tabIndex={-1} className="library entity-page">
        {query.isPending ? (
          <div aria-busy="true">
            <p className="visually-hidden">Loading…</p>
            <SkeletonLines lines={3} />
          </div>
        ) : query.error instanceof DataError && query.error.status === 404 ? (
          <Notice title={`No page for “${isolate(entityKey)}”`} tone="error" titleAs="h1">
            <p>No person, country, place or organisation of the collection has this key. The link may be mistyped.</p>
            <p>
              <Link to={paths.library.href()}>Go to the library</Link>
            </p>
          </Notice>
        ) : (
          <LoadFailedNotice title="This page could not be shown" titleAs="h1" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching}>
            <Link to={paths.library.href()}>Go to the library</Link>
          </LoadFailedNotice>
        )}
      </main>
    </PageFrame>
  );
}
