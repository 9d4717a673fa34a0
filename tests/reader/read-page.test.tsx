// The /read page's states, with the worker faked (its work is tested in tests/pipeline/read-story.test.ts) and an
// in-memory IndexedDB: the form, bad input, "Reading…", the story at /read/<id> with its links there, the list.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadRequest, WorkerRequest, WorkerResponse } from '../../src/contract/local-read';
import { fixtureArticle, renderApp } from './test-utils';

/** Rendering a whole story in jsdom takes about a second on a loaded machine: waits for it allow more. */
const STORY = { timeout: 10_000 };

/** How the fake worker answers a read; null leaves it pending until `release` is called. */
let respond: (request: ReadRequest) => WorkerResponse | null = () => null;
let release: () => void = () => {};
const reads: ReadRequest[] = [];

class FakeWorker {
  private listeners: ((event: { data: WorkerResponse }) => void)[] = [];
  addEventListener(type: string, listener: (event: { data: WorkerResponse }) => void) {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(message: WorkerRequest) {
    if (message.type !== 'read') return;
    reads.push(message);
    const answer = (response: WorkerResponse) => setTimeout(() => this.listeners.forEach((l) => l({ data: response })), 0);
    const response = respond(message);
    if (response) answer(response);
    else release = () => answer({ type: 'read', requestId: message.requestId, ok: true, article: { ...fixtureArticle(), id: message.localId }, ms: 3 });
  }
  terminate() {}
}

const readsTheFixture = (request: ReadRequest): WorkerResponse => ({ type: 'read', requestId: request.requestId, ok: true, article: { ...fixtureArticle(), id: request.localId }, ms: 3 });

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  reads.length = 0;
  respond = readsTheFixture;
});

async function openReadPage() {
  const app = renderApp('/read');
  await screen.findByRole('textbox', { name: 'Article text' });
  return app;
}

describe('/read', () => {
  it('offers a labelled "Article text" area, a file picker for .txt and .html, and a Read button, and says where stories are kept', async () => {
    await openReadPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Read your own story' })).toBeInTheDocument();
    expect(screen.getByLabelText(/choose a file/iu)).toHaveAttribute('accept', expect.stringContaining('.html'));
    expect(screen.getByRole('button', { name: 'Read' })).toBeEnabled();
    expect(screen.getByText(/nothing is sent anywhere/iu)).toBeInTheDocument();
    expect(screen.getByText(/their links open only on this device/iu)).toBeInTheDocument();
  });

  it('says an empty paste is empty, and sends nothing to the worker', async () => {
    const { user } = await openReadPage();
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pasted text: is empty: paste a story’s text, or choose a file');
    expect(reads).toEqual([]);
  });

  it('shows "Reading…" in a live status while the worker works, then opens the story at /read/<id> with every link there', async () => {
    respond = () => null;
    const { user, router } = await openReadPage();
    await user.type(screen.getByRole('textbox', { name: 'Article text' }), 'A headline{enter}{enter}A paragraph.');
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByText('Reading “Pasted text”…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Read' })).toBeDisabled();
    expect(reads[0]).toMatchObject({ kind: 'text', text: 'A headline\n\nA paragraph.' });

    release();
    const article = fixtureArticle();
    expect(await screen.findByRole('heading', { level: 1, name: article.headline }, STORY)).toBeInTheDocument();
    const localId = reads[0]?.localId ?? '';
    expect(router.state.location.pathname).toBe(`/read/${localId}`);
    const main = screen.getByRole('main');
    const storyLinks = within(main).getAllByRole('link').map((a) => a.getAttribute('href') ?? '').filter((href) => !href.startsWith('/read') && href !== '/');
    expect(storyLinks, 'every link the story builds stays on /read/<id>').toEqual([]);
    const permalinks = [...document.querySelectorAll('a[data-permalink]')].map((a) => a.getAttribute('href'));
    expect(permalinks.length).toBe(article.sections.length);
    for (const href of permalinks) expect(href).toMatch(new RegExp(`^/read/${localId}#`, 'u'));
    expect(screen.getByText(/kept in this browser only/iu)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Download the seed file (lede-${localId}.txt)` })).toBeInTheDocument();
  });

  it('shows the worker’s reason after the input’s name, and keeps the text to fix', async () => {
    respond = (request) => ({ type: 'read', requestId: request.requestId, ok: false, reason: 'has no line that can be a headline' });
    const { user } = await openReadPage();
    const area = screen.getByRole('textbox', { name: 'Article text' });
    await user.type(area, '12345');
    await user.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pasted text: has no line that can be a headline');
    expect(area).toHaveValue('12345');
  });

  it('lists a story read on this device, removes it, and Undo brings it back', async () => {
    const { user } = await openReadPage();
    await user.type(screen.getByRole('textbox', { name: 'Article text' }), 'Text');
    await user.click(screen.getByRole('button', { name: 'Read' }));
    await screen.findByRole('heading', { level: 1, name: fixtureArticle().headline }, STORY);
    await user.click(screen.getByRole('link', { name: 'All stories read on this device' }));
    const list = await screen.findByRole('region', { name: 'Read on this device' }, STORY);
    const localId = reads.at(-1)?.localId ?? '';
    await waitFor(() => expect(list.querySelector(`[data-local-story="${localId}"]`)).not.toBeNull(), STORY);

    const item = () => list.querySelector(`[data-local-story="${localId}"]`);
    await user.click(within(item() as HTMLElement).getByRole('button', { name: /^Remove/u }));
    await waitFor(() => expect(item()).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(item()).not.toBeNull());
  });
});

describe('/read/<local-id>', () => {
  it('says plainly when the story is not on this device', async () => {
    renderApp('/read/zzzzzzzzzzzz');
    expect(await screen.findByRole('heading', { level: 1, name: 'This story is not on this device' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read a story on this device' })).toHaveAttribute('href', '/read');
  });
});
