/** `/`: the bundled articles, each a link to its article. */
import { Link } from 'react-router-dom';
import { useArticleIndex } from '../api/get-article-index';
import { LoadFailedNotice } from '../components/notice';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { SkeletonLines } from '../components/skeleton';
import { paths } from '../config/paths';
import { formatDate, plural } from '../lib/format';

export function LibraryRoute() {
  const index = useArticleIndex();
  return (
    <PageFrame>
      <main id={MAIN_ID} tabIndex={-1} className="library">
        <title>Library · Lede</title>
        <h1>Library</h1>
        {index.isPending ? (
          <div aria-busy="true">
            <p className="visually-hidden">Loading articles…</p>
            <SkeletonLines lines={3} />
            <SkeletonLines lines={3} />
          </div>
        ) : index.isError ? (
          <LoadFailedNotice title="The library could not be loaded" error={index.error} onRetry={() => void index.refetch()} retrying={index.isFetching} />
        ) : index.data.articles.length === 0 ? (
          <p>No articles yet. Put a story in seeds/ and run the ingest.</p>
        ) : (
          <ul className="article-list">
            {index.data.articles.map((a) => (
              <li key={a.id} className="article-card" data-article-id={a.id}>
                <h2>
                  <Link to={paths.article.href(a.id)}>{a.headline}</Link>
                </h2>
                <p className="card-meta">
                  {a.date ? <time dateTime={a.date}>{formatDate(a.date)}</time> : null}
                  {a.source ? <span>{a.source}</span> : null}
                </p>
                <p className="card-counts">
                  {plural(a.sections, 'section')} · {plural(a.people, 'person', 'people')} · {plural(a.quotes, 'quote')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </PageFrame>
  );
}
