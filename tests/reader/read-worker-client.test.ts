// The main thread's client of /read's worker, over a fake worker: answers, crashes and restarts, Stop.
import { describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../src/contract/local-read';
import { createReadWorkerClient, type WorkerLike } from '../../src/reader/lib/read-worker-client';
import { fixtureArticle } from './test-utils';

/** A worker that records what it is sent and lets the test answer or crash it. */
class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: never) => void)[]>();
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: (event: never) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: WorkerResponse) {
    for (const l of this.listeners.get('message') ?? []) l({ data: response } as never);
  }
  crash(message: string) {
    for (const l of this.listeners.get('error') ?? []) l(new ErrorEvent('error', { message }) as never);
  }
  lastRead() {
    const read = this.sent.filter((m) => m.type === 'read').at(-1);
    if (!read) throw new Error('nothing was read');
    return read;
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createReadWorkerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('the /read worker client', () => {
  it('starts one worker when warmed and reuses it for reads', () => {
    const { client, workers } = setup();
    client.warm();
    void client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'Text' });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.sent.map((m) => m.type)).toEqual(['warm', 'read']);
  });

  it('resolves each read with its own answer, matched by request id', async () => {
    const { client, workers } = setup();
    const first = client.read({ localId: 'aaaaaaaaaaaa', kind: 'text', text: 'One' });
    const second = client.read({ localId: 'bbbbbbbbbbbb', kind: 'html', text: '<html>' });
    const [w] = workers;
    const [r1, r2] = (w?.sent ?? []).filter((m) => m.type === 'read');
    if (!w || !r1 || !r2 || r1.type !== 'read' || r2.type !== 'read') throw new Error('two reads were not sent');
    const article = fixtureArticle();
    w.answer({ type: 'read', requestId: r2.requestId, ok: false, reason: 'no story found' });
    w.answer({ type: 'read', requestId: r1.requestId, ok: true, article, ms: 42 });
    expect(await first).toEqual({ ok: true, article, ms: 42 });
    expect(await second).toEqual({ ok: false, reason: 'no story found' });
  });

  it('reports a crash to the pending read, and starts and warms a fresh worker that reads the next one', async () => {
    const { client, workers } = setup();
    client.warm();
    workers[0]?.answer({ type: 'warm', ms: 30 });
    const pending = client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'Text' });
    workers[0]?.crash('Out of memory');
    expect(await pending).toEqual({ ok: false, reason: 'could not be read: the worker reading it stopped (Out of memory). A fresh one reads the next try' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ type: 'warm' }]);

    const retry = client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'Text' });
    const w = workers[1];
    if (!w) throw new Error('no second worker');
    w.answer({ type: 'read', requestId: (w.lastRead() as { requestId: number }).requestId, ok: true, article: fixtureArticle(), ms: 5 });
    expect(await retry).toMatchObject({ ok: true, ms: 5 });
  });

  it('does not restart a worker that failed before answering anything (its script did not load) until the next read', async () => {
    const { client, workers } = setup();
    client.warm();
    workers[0]?.crash('failed to load');
    expect(workers).toHaveLength(1);
    void client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'Text' });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent.map((m) => m.type)).toEqual(['read']);
  });

  it('ignores a second error from a worker it has already replaced', async () => {
    const { client, workers } = setup();
    const first = client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'Text' });
    workers[0]?.crash('Out of memory');
    await first;
    const pending = client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'Text' });
    workers[0]?.crash('late');
    const w = workers[1];
    if (!w) throw new Error('no second worker');
    w.answer({ type: 'read', requestId: (w.lastRead() as { requestId: number }).requestId, ok: false, reason: 'is empty or blank' });
    expect(await pending).toEqual({ ok: false, reason: 'is empty or blank' });
    expect(workers).toHaveLength(2);
  });

  it('Stop ends the read in progress as cancelled and warms a fresh worker', async () => {
    const { client, workers } = setup();
    const pending = client.read({ localId: 'abcdefghijkl', kind: 'text', text: 'x'.repeat(1000) });
    client.cancel();
    expect(await pending).toEqual({ ok: false, reason: 'was not read: reading was stopped', cancelled: true });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.sent).toEqual([{ type: 'warm' }]);
  });
});
