/** `/read/<local-id>`: a story read on this device, from its IndexedDB, in the same view as a published one. */
import { Link } from 'react-router-dom';
import type { LocalInputKind } from '../../contract/local-read';
import { useLocalStory } from '../api/local-stories';
import { LoadFailedNotice, Notice } from '../components/notice';
import { MAIN_ID } from '../components/page-frame';
import { ArticleSkeleton } from '../components/skeleton';
import { paths } from '../config/paths';
import { LocalStoryPreface } from '../features/read/local-story-preface';
import { downloadBlob } from '../lib/download';
import { seedFileName } from '../lib/read-input';
import { ArticleView } from './article-view';

const MEDIA_TYPES: Record<LocalInputKind, string> = { text: 'text/plain;charset=utf-8', html: 'text/html' };

/** `/read/<local-id>`: a story read on this device, in the same view as a published one. */
export function ReadStoryRoute({ localId }: { localId: string }) {
  const query = useLocalStory(localId);
  if (query.isPending) return <ArticleSkeleton />;
  if (query.isError || !query.data) {
    return (
      <main id={MAIN_ID} tabIndex={-1} className="story story-alone">
        <title>Story not on this device · Lede</title>
        {query.isError ? (
          <LoadFailedNotice title="This story could not be shown" titleAs="h1" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching}>
            <Link to={paths.read.href()}>Read another story</Link>
          </LoadFailedNotice>
        ) : (
          <Notice title="This story is not on this device" tone="error" titleAs="h1">
            <p>
              Stories read with “Read your own story” are kept in the browser that read them. This link was opened in another browser or on another
              device, or the story was removed.
            </p>
            <p>
              <Link to={paths.read.href()}>Read a story on this device</Link> or <Link to={paths.library.href()}>go to the library</Link>.
            </p>
          </Notice>
        )}
      </main>
    );
  }
  const story = query.data;
  const seedName = seedFileName(story.seed.fileName, story.localId, story.seed.kind);
  return (
    <ArticleView
      key={story.localId}
      article={story.article}
      links={paths.read.links(story.localId)}
      inCollection={false}
      preface={
        <LocalStoryPreface
          seedName={seedName}
          listHref={paths.read.href()}
          onDownloadSeed={() => downloadBlob(new Blob([story.seed.bytes], { type: MEDIA_TYPES[story.seed.kind] }), seedName)}
          onDownloadJson={() => downloadBlob(new Blob([`${JSON.stringify(story.article, null, 2)}\n`], { type: 'application/json' }), `${story.localId}.json`)}
        />
      }
    />
  );
}
