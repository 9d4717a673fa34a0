// The browser worker's work for /read (src/worker/read-story.ts), run here in Node: input limits, decoding, both routes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { MAX_LOCAL_PAGE_BYTES, MAX_LOCAL_TEXT_BYTES, type ReadRequest, type WorkerResponse } from '../../src/contract/local-read';
import { ingestArticle } from '../../src/pipeline/ingest-article';
import { readStory, warmUp } from '../../src/worker/read-story';

const root = path.resolve(import.meta.dirname, '../..');
const SEED = fs.readFileSync(path.join(root, 'seeds', '000_3979cacfdab927d0.txt'), 'utf8');
const bytesOf = (data: string | Uint8Array) => {
  const view = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
};
const request = (fields: Partial<ReadRequest>): ReadRequest => ({ type: 'read', requestId: 7, localId: 'abcdefghijkl', kind: 'text', ...fields });
const reasonOf = (response: WorkerResponse) => (response.type === 'read' && !response.ok ? response.reason : `read fine: ${JSON.stringify(response).slice(0, 80)}`);

describe('readStory', () => {
  it('reads a pasted text into the article the text route gives, under the local id, answering the request it was asked', () => {
    const response = readStory(request({ text: SEED }));
    expect(response).toMatchObject({ type: 'read', requestId: 7, ok: true });
    if (response.type !== 'read' || !response.ok) throw new Error('not read');
    expect(response.article).toEqual(ingestArticle(SEED, 'abcdefghijkl'));
    expect(validateArticle(response.article, { id: 'abcdefghijkl' }).ok).toBe(true);
    expect(response.ms).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SEED)])],
    ['UTF-16 LE with a BOM', new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(SEED, (c) => c.charCodeAt(0)).buffer)])],
  ])('decodes a .txt file in %s to the same article as the text', (_, bytes) => {
    const response = readStory(request({ bytes: bytesOf(bytes) }));
    if (response.type !== 'read' || !response.ok) throw new Error(reasonOf(response));
    expect(response.article).toEqual(ingestArticle(SEED, 'abcdefghijkl'));
  });

  it('reads a saved page through the HTML route', () => {
    const page = `<!doctype html><html><head><title>Harbour reopens after the storm</title></head><body><article><h1>Harbour reopens after the storm</h1>${Array.from(
      { length: 6 },
      (_, i) => `<p>The harbour reopened on day ${i + 1} after the storm, and the ferries ran again to the islands, carrying workers, food and post to the towns along the coast.</p>`,
    ).join('')}</article></body></html>`;
    const response = readStory(request({ kind: 'html', bytes: bytesOf(page) }));
    if (response.type !== 'read' || !response.ok) throw new Error(reasonOf(response));
    expect(response.article.headline).toBe('Harbour reopens after the storm');
    expect(response.article.sections[0]?.blocks.length).toBeGreaterThan(0);
  });

  it.each<[string, Partial<ReadRequest>, string | RegExp]>([
    ['an empty paste', { text: '   \n ' }, 'is empty or blank'],
    ['a paste with NUL bytes', { text: 'Headline\u0000\n\nBody.' }, 'looks binary (contains NUL bytes)'],
    ['a binary .txt file', { bytes: bytesOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])) }, 'looks binary (contains NUL bytes), not article text'],
    ['a .txt file of invalid UTF-8', { bytes: bytesOf(new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x20, 0x21])) }, 'is not valid UTF-8 text'],
    ['UTF-32', { bytes: bytesOf(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])) }, 'is UTF-32 text: save it as UTF-8'],
    ['a paste over the text limit', { text: 'a'.repeat(MAX_LOCAL_TEXT_BYTES + 1) }, 'is 1.0 MB, over the 1.0 MB limit for one story read here'],
    ['a paste under the limit in characters but over it in UTF-8', { text: 'é'.repeat(MAX_LOCAL_TEXT_BYTES / 2 + 1) }, /^is 1\.0 MB, over the 1\.0 MB limit/u],
    ['a page over the page limit', { kind: 'html', bytes: new ArrayBuffer(MAX_LOCAL_PAGE_BYTES + 1) }, 'is 5.0 MB, over the 5.0 MB limit for one page read here'],
    ['a page with only navigation', { kind: 'html', text: '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>' }, /^(no story found|has no headline)/u],
    ['a page in an encoding the runtime lacks', { kind: 'html', bytes: bytesOf('<meta charset="x-unknown-9"><p>Text</p>') }, 'declares the encoding "x-unknown-9", which this runtime cannot decode: save the page as UTF-8'],
  ])('refuses %s with a reason that follows the input’s name', (_, fields, reason) => {
    const response = readStory(request(fields));
    expect(response).toMatchObject({ type: 'read', requestId: 7, ok: false });
    if (typeof reason === 'string') expect(reasonOf(response)).toBe(reason);
    else expect(reasonOf(response)).toMatch(reason);
  });

  it('reports an unexpected failure while reading as a reason instead of throwing', () => {
    const response = readStory(request({ text: SEED }), () => {
      throw new TypeError('clock broke');
    });
    expect(reasonOf(response)).toBe('could not be read: the reader failed on it (TypeError: clock broke)');
  });
});

describe('warmUp', () => {
  it('runs the pipeline once and returns the time it took', () => {
    let t = 0;
    expect(warmUp(() => (t += 5))).toBe(5);
  });
});
