/**
 * `/read` and `/read/<local-id>` ("read your own", loaded lazily with the worker it starts): a pasted text or a
 * file is read by the pipeline in a Web Worker, kept in this browser's IndexedDB under a random local id, and shown
 * in the same ArticleView as a published story (read-story.tsx), with every link pointing at `/read/<local-id>`.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { LocalInputKind } from '../../contract/local-read';
import {
  getLocalStory,
  localStoriesQueryOptions,
  localStoryQueryOptions,
  putLocalStory,
  removeLocalStory,
  useLocalStories,
  type LocalStory,
} from '../api/local-stories';
import { useAnnounce } from '../components/live-region';
import { Notice } from '../components/notice';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { paths } from '../config/paths';
import { LocalStoryList, type LocalStoryItem } from '../features/read/local-story-list';
import { ReadForm, type ReadStatus } from '../features/read/read-form';
import { useReadWorker } from '../hooks/use-read-worker';
import { isolate } from '../lib/bidi';
import { checkFile, checkPaste, fileKind, inputMessage, newLocalId, PASTED_TEXT, pasteKind } from '../lib/read-input';
import { ReadStoryRoute } from './read-story';

const readAtFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `/read` or `/read/<local-id>`, in the page frame (this module is loaded lazily, by routes.tsx). */
export default function ReadPage() {
  const { localId } = useParams();
  return <PageFrame wide={localId !== undefined}>{localId === undefined ? <ReadRoute /> : <ReadStoryRoute localId={localId} />}</PageFrame>;
}

/** `/read`: the form, the progress state, and the list of stories read on this device. */
function ReadRoute() {
  const worker = useReadWorker();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const stories = useLocalStories();
  const [status, setStatus] = useState<ReadStatus>({ kind: 'idle' });
  const [removed, setRemoved] = useState<LocalStory | null>(null);
  // A story finished after its reader left the page is kept (and listed) but does not pull them back to it.
  const onPage = useRef(true);
  useEffect(() => {
    onPage.current = true;
    return () => {
      onPage.current = false;
    };
  }, []);

  const fail = (name: string, reason: string) => setStatus({ kind: 'failed', message: inputMessage(name, reason) });

  const read = async (name: string, fileName: string | null, kind: LocalInputKind, input: { text?: string; bytes?: ArrayBuffer }) => {
    setStatus({ kind: 'reading', name });
    const localId = newLocalId();
    const outcome = await worker.read({ localId, kind, ...input });
    if (!outcome.ok) {
      if (outcome.cancelled) {
        setStatus({ kind: 'idle' });
        announce('Stopped reading');
      } else fail(name, outcome.reason);
      return;
    }
    const bytes = input.bytes ?? (new TextEncoder().encode(input.text ?? '').buffer as ArrayBuffer);
    const story: LocalStory = { localId, article: outcome.article, seed: { fileName, kind, bytes }, readAt: Date.now(), workerMs: outcome.ms };
    try {
      await putLocalStory(story);
    } catch (error) {
      fail(name, `was read, but this browser would not keep it (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    queryClient.setQueryData(localStoryQueryOptions(localId).queryKey, story);
    void queryClient.invalidateQueries({ queryKey: localStoriesQueryOptions().queryKey });
    setStatus({ kind: 'idle' });
    if (onPage.current) navigate(paths.read.story(localId));
  };

  const readText = (text: string) => {
    const problem = checkPaste(text);
    if (problem) return fail(PASTED_TEXT, problem);
    void read(PASTED_TEXT, null, pasteKind(text), { text });
  };
  const readFile = (file: File) => {
    const problem = checkFile(file);
    const kind = fileKind(file.name);
    if (problem || !kind) return fail(file.name, problem ?? 'is not a .txt or .html file');
    setStatus({ kind: 'reading', name: file.name });
    file.arrayBuffer().then(
      (bytes) => read(file.name, file.name, kind, { bytes }),
      (error: unknown) => fail(file.name, `cannot be opened (${error instanceof Error ? error.message : String(error)})`),
    );
  };

  const refreshList = () => queryClient.invalidateQueries({ queryKey: localStoriesQueryOptions().queryKey });
  const remove = async (localId: string) => {
    const story = await getLocalStory(localId).catch(() => null);
    await removeLocalStory(localId);
    queryClient.setQueryData(localStoryQueryOptions(localId).queryKey, null);
    await refreshList();
    setRemoved(story);
    announce(story ? `Removed “${isolate(story.article.headline)}” from this device` : 'Removed');
  };
  const undo = async () => {
    if (!removed) return;
    await putLocalStory(removed);
    queryClient.setQueryData(localStoryQueryOptions(removed.localId).queryKey, removed);
    await refreshList();
    announce(`Restored “${isolate(removed.article.headline)}”`);
    setRemoved(null);
  };

  const items: LocalStoryItem[] = (stories.data ?? []).map((s) => ({
    localId: s.localId,
    headline: s.headline,
    href: paths.read.story(s.localId),
    detail: `${s.fileName ?? 'pasted text'} · read ${readAtFormat.format(new Date(s.readAt))}`,
  }));

  return (
    <main id={MAIN_ID} tabIndex={-1} className="read-page">
      <title>Read your own story · Lede</title>
      <h1>Read your own story</h1>
      <p className="read-intro">
        Paste a news story or open a saved page, and Lede reads it into sections, the people and places in it, and its quotes. It is read here, in
        your browser: nothing is sent anywhere. Stories are kept in this browser’s storage, so their links open only on this device.
      </p>
      <ReadForm status={status} onReadText={readText} onReadFile={readFile} onStop={() => worker.cancel()} />
      <section className="read-list" aria-labelledby="read-list-heading">
        <h2 id="read-list-heading">Read on this device</h2>
        {removed ? (
          <p className="read-undo">
            Removed “{removed.article.headline}”.{' '}
            <button type="button" className="button" onClick={() => void undo()}>
              Undo
            </button>
          </p>
        ) : null}
        {stories.isError ? (
          <Notice title="This device’s stories could not be listed" tone="error">
            <p className="error-message">{stories.error.message}</p>
          </Notice>
        ) : stories.isPending ? (
          <p className="muted">Looking for stories read on this device…</p>
        ) : (
          <LocalStoryList stories={items} onRemove={(id) => void remove(id)} />
        )}
      </section>
    </main>
  );
}
