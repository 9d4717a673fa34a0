/** `/a/:articleId`: loads the article, then hands it to the view; loading, missing and broken data stay inside the frame. */
import { Link, useParams } from 'react-router-dom';
import { useArticle } from '../api/get-article';
import { DataError } from '../api/fetch-json';
import { LoadFailedNotice, Notice } from '../components/notice';
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
            <LoadFailedNotice title="This article could not be shown" titleAs="h1" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching}>
              <Link to={paths.library.href()}>Go to the library</Link>
            </LoadFailedNotice>
          )}
        </main>
      ) : (
        <ArticleView key={query.data.id} article={query.data} />
      )}
    </PageFrame>
  );
}
