/** `/a/:articleId`: loads the article, then hands it to the view; loading, missing and broken data stay inside the frame. */
import { Link, useParams } from 'react-router-dom';
import { useArticle } from '../api/get-article';
import { DataError } from '../api/fetch-json';
import { Notice } from '../components/notice';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { ArticleSkeleton } from '../components/skeleton';
import { paths } from '../config/paths';
import { isolate } from '../lib/bidi';
import { ArticleView } from './article-view';

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const query = useArticle(articleId);
  return (
    <PageFrame wide>
      {query.isPending ? (
        <ArticleSkeleton />
      ) : query.isError ? (
        <main id={MAIN_ID} tabIndex={-1} className="story story-alone">
          {query.error instanceof DataError && query.error.status === 404 ? (
            <Notice title={`Article not found: “${isolate(articleId)}”`} tone="error" titleAs="h1">
              <p>There is no article with this id. The link may be mistyped or the article was removed.</p>
              <p>
                <Link to={paths.library.href()}>Go to the library</Link>
              </p>
            </Notice>
          ) : (
            <Notice title="This article could not be shown" tone="error" titleAs="h1">
              <p className="error-message">{query.error.message}</p>
              <p className="notice-actions">
                <button type="button" className="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
                  {query.isFetching ? 'Retrying…' : 'Retry'}
                </button>
                <Link to={paths.library.href()}>Go to the library</Link>
              </p>
            </Notice>
          )}
        </main>
      ) : (
        <ArticleView key={query.data.id} article={query.data} />
      )}
    </PageFrame>
  );
}
