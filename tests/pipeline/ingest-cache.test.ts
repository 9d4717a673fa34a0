/**
 * Incremental ingest: the cache's key, its entries and their integrity, its bounds, and the batch's use of it (a
 * stand-in pool records which seeds it is asked to ingest, so "only the changed seed" is shown, not assumed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, decodeEntry, encodeEntry, IngestCache, pipelineFingerprint, type IngestedOutcome } from '../../src/cli/ingest-cache';
import { ingestIncrementally, type RunJobs } from '../../src/cli/ingest-incremental';
import type { IngestJob, IngestOutcome } from '../../src/cli/ingest-pool';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let cases = 0;
const caseDir = () => fs.mkdtempSync(path.join(tmp, `case-${cases++}-`));

/** An outcome as a worker would send it, made from the seed's text, with a field the worker may add later. */
function outcomeFor(id: string, text: string): IngestedOutcome {
  const summary = { id, headline: text.split('\n')[0]!, date: null, source: null, sections: 1, people: 0, quotes: 0 };
  const extra = { words: text.split(' ').length };
  return { ok: true, json: JSON.stringify({ id, text }), summary, digest: { id, headline: summary.headline } as never, text, extra } as IngestedOutcome;
}

/** A pool stand-in that "ingests" from the bytes it was sent and records the jobs it got. */
function fakePool(): { runJobs: RunJobs; asked: IngestJob[][] } {
  const asked: IngestJob[][] = [];
  const runJobs: RunJobs = async (jobs, onOutcome) => {
    asked.push(jobs.map((j) => ({ ...j })));
    jobs.forEach((job, i) => onOutcome(i, outcomeFor(job.id, Buffer.from(job.bytes!).toString('utf8')), 1));
  };
  return { runJobs, asked };
}

function seedsFolder(texts: Record<string, string>): { dir: string; jobs: IngestJob[] } {
  const dir = caseDir();
  for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(dir, name), text);
  return { dir, jobs: Object.keys(texts).map((name) => ({ file: path.join(dir, name), id: name.replace('.txt', '') })) };
}

async function run(jobs: IngestJob[], cache: IngestCache, pool = fakePool()) {
  const outcomes: IngestOutcome[] = [];
  const reusedIds: string[] = [];
  const figures = await ingestIncrementally(jobs, cache, pool.runJobs, (i, outcome, { reused }) => {
    outcomes[i] = outcome;
    if (reused) reusedIds.push(jobs[i]!.id);
  });
  return { figures, outcomes, reusedIds: reusedIds.sort(), asked: pool.asked.flat().map((j) => j.id) };
}

describe('the cache key', () => {
  it('changes with the seed bytes, the id and the pipeline fingerprint, and only with them', () => {
    const bytes = Buffer.from('Headline\n\nText.');
    const key = cacheKey('f1', 'a', bytes);
    expect(cacheKey('f1', 'a', Buffer.from('Headline\n\nText.'))).toBe(key);
    expect(new Set([key, cacheKey('f1', 'a', Buffer.from('Headline\n\nText!')), cacheKey('f1', 'b', bytes), cacheKey('f2', 'a', bytes)]).size).toBe(4);
  });

  it('the fingerprint changes when a pipeline, contract or lockfile byte changes, not when the reader does', () => {
    const repo = caseDir();
    const put = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      fs.writeFileSync(path.join(repo, file), text);
    };
    put('src/pipeline/stages/a.ts', 'export const a = 1;');
    put('src/pipeline/language/en/data/words.json', '["a"]');
    put('src/contract/article.ts', 'export {};');
    put('src/reader/app.tsx', 'export {};');
    put('package-lock.json', '{}');
    const first = pipelineFingerprint(repo);
    put('src/reader/app.tsx', 'export const changed = true;');
    expect(pipelineFingerprint(repo)).toBe(first);
    for (const [file, text] of [['src/pipeline/language/en/data/words.json', '["b"]'], ['src/pipeline/stages/a.ts', 'export const a = 2;'], ['src/contract/article.ts', 'export { };'], ['package-lock.json', '{ }']]) {
      const before = pipelineFingerprint(repo);
      put(file!, text!);
      expect(pipelineFingerprint(repo), file).not.toBe(before);
    }
  });
});

describe('a cache entry', () => {
  const outcome = outcomeFor('story', 'Headline\n\nOne line of text.');

  it('gives back the whole outcome, fields the worker added included, with the article JSON as it was', () => {
    const { head, json } = encodeEntry(outcome);
    expect(json).toBe(outcome.json);
    expect(decodeEntry(head, json, 'story')).toEqual(outcome);
  });

  it('is a miss when either part is torn, truncated or edited, when empty, or when made for another id', () => {
    const { head, json } = encodeEntry(outcome);
    const other = encodeEntry(outcomeFor('story', 'Headline\n\nAnother line.'));
    for (const [h, j] of [[head.slice(0, -5), json], [head, json.slice(0, -1)], [head, json.replace('One line', 'One lime')], [head.replace('Headline', 'Headlime'), json], ['', json], [head, other.json], [other.head, json]])
      expect(decodeEntry(h!, j!, 'story')).toBeNull();
    expect(decodeEntry(head, json, 'another-story')).toBeNull();
  });

  it('on disk: a hit names its article file; a corrupt or unreadable entry is a miss; a failed write says so', async () => {
    const cache = new IngestCache(caseDir(), 'f');
    expect(cache.read('ab12', 'story')).toBeNull();
    expect(await cache.write('ab12', outcome)).toBe(true);
    const file = path.join(cache.dir, 'ab', 'ab12');
    expect(cache.read('ab12', 'story')).toEqual({ outcome, articleFile: `${file}.json` });
    expect(fs.readFileSync(`${file}.json`, 'utf8')).toBe(outcome.json);
    const bytes = fs.readFileSync(`${file}.json`);
    bytes[bytes.length - 3]! ^= 1;
    fs.writeFileSync(`${file}.json`, bytes);
    expect(cache.read('ab12', 'story')).toBeNull();
    expect(await cache.write('ab12', outcome)).toBe(true);
    expect(cache.read('ab12', 'story')?.outcome).toEqual(outcome);
    fs.rmSync(`${file}.json`);
    expect(cache.read('ab12', 'story')).toBeNull();
    fs.mkdirSync(`${file}.json`);
    expect(await cache.write('ab12', outcome)).toBe(false);
    expect(cache.read('ab12', 'story')).toBeNull();
  });

  it('pruning keeps what the run used and the newest unused entries, and removes week-old ones and abandoned temporary files', async () => {
    const cache = new IngestCache(caseDir(), 'f');
    const day = 24 * 60 * 60 * 1000;
    const now = Date.now();
    for (const key of ['aa01', 'aa02', 'bb03', 'bb04']) await cache.write(key, outcome);
    const age = (name: string, ms: number) => fs.utimesSync(path.join(cache.dir, name.slice(0, 2), name), new Date(now - ms), new Date(now - ms));
    age('aa01', 30 * day); // used by the run: kept however old
    age('aa02', 8 * day); // unused for a week: removed, both parts
    age('bb03', 1 * day); // unused but recent: kept, though its article part is older (a hit refreshes the head only)
    age('bb03.json', 9 * day);
    fs.writeFileSync(path.join(cache.dir, 'bb', 'bb04.tmp-1-00ff00ff'), 'half');
    age('bb04.tmp-1-00ff00ff', 2 * day);
    fs.writeFileSync(path.join(cache.dir, 'bb', 'bb04.tmp-2-00ff00ff'), 'being written');
    cache.prune(new Set(['aa01']), now);
    const left = fs.readdirSync(cache.dir).flatMap((shard) => fs.readdirSync(path.join(cache.dir, shard)));
    expect(left.sort()).toEqual(['aa01', 'aa01.json', 'bb03', 'bb03.json', 'bb04', 'bb04.json', 'bb04.tmp-2-00ff00ff']);
  });
});

describe('incremental ingest', () => {
  const texts = { 'a.txt': 'Alpha\n\nFirst story.', 'b.txt': 'Beta\n\nSecond story.', 'c.txt': 'Gamma\n\nThird story.' };

  it('ingests every seed once, then only the seed that changed, and hands on the others unchanged from the cache', async () => {
    const { dir, jobs } = seedsFolder(texts);
    const cache = new IngestCache(path.join(dir, 'cache'), 'f');
    const first = await run(jobs, cache);
    expect(first.asked).toEqual(['a', 'b', 'c']);
    expect(first.figures).toEqual({ reused: 0, ingested: 3 });

    fs.writeFileSync(path.join(dir, 'b.txt'), 'Beta\n\nSecond story, corrected.');
    const second = await run(jobs, cache);
    expect(second.asked).toEqual(['b']);
    expect(second.figures).toEqual({ reused: 2, ingested: 1 });
    expect(second.reusedIds).toEqual(['a', 'c']);
    expect(second.outcomes).toEqual([outcomeFor('a', texts['a.txt']), outcomeFor('b', 'Beta\n\nSecond story, corrected.'), outcomeFor('c', texts['c.txt'])]);
  });

  it('sends the pool the very bytes it hashed', async () => {
    const { jobs } = seedsFolder(texts);
    const pool = fakePool();
    await run(jobs, new IngestCache(caseDir(), 'f'), pool);
    expect(pool.asked[0]!.map((j) => Buffer.from(j.bytes!).toString('utf8'))).toEqual(Object.values(texts));
  });

  it('ingests everything again under a new pipeline fingerprint', async () => {
    const { dir, jobs } = seedsFolder(texts);
    await run(jobs, new IngestCache(path.join(dir, 'cache'), 'code-1'));
    expect((await run(jobs, new IngestCache(path.join(dir, 'cache'), 'code-2'))).asked).toEqual(['a', 'b', 'c']);
  });

  it('re-ingests a seed whose cache entry is corrupt, and gets its article right', async () => {
    const { dir, jobs } = seedsFolder(texts);
    const cache = new IngestCache(path.join(dir, 'cache'), 'f');
    await run(jobs, cache);
    const entry = path.join(cache.dir, cacheKey('f', 'c', Buffer.from(texts['c.txt'])).slice(0, 2), cacheKey('f', 'c', Buffer.from(texts['c.txt'])));
    fs.writeFileSync(`${entry}.json`, fs.readFileSync(`${entry}.json`, 'utf8').replace('Third', 'Fifth'));
    const again = await run(jobs, cache);
    expect(again.asked).toEqual(['c']);
    expect(again.outcomes[2]).toEqual(outcomeFor('c', texts['c.txt']));
  });

  it('re-ingests a seed whose id changed (the id is part of the article), and keeps the old entry for the old id', async () => {
    const { dir, jobs } = seedsFolder(texts);
    const cache = new IngestCache(path.join(dir, 'cache'), 'f');
    await run(jobs, cache);
    const renamed = jobs.map((j) => (j.id === 'a' ? { ...j, id: 'a-renamed' } : j));
    const again = await run(renamed, cache);
    expect(again.asked).toEqual(['a-renamed']);
    expect((again.outcomes[0] as IngestedOutcome).summary.id).toBe('a-renamed');
    expect((await run(jobs, cache)).asked).toEqual([]);
  });

  it('names an unreadable seed with the reader\'s reason, without sending it to the pool or caching anything for it', async () => {
    const { dir, jobs } = seedsFolder(texts);
    fs.rmSync(path.join(dir, 'b.txt'));
    const result = await run(jobs, new IngestCache(path.join(dir, 'cache'), 'f'));
    expect(result.asked).toEqual(['a', 'c']);
    expect(result.outcomes[1]).toEqual({ ok: false, reason: 'no such file' });
  });

  it('without a cache, ingests every seed every time', async () => {
    const { jobs } = seedsFolder(texts);
    const pool = fakePool();
    await ingestIncrementally(jobs, null, pool.runJobs, () => undefined);
    await ingestIncrementally(jobs, null, pool.runJobs, () => undefined);
    expect(pool.asked.map((a) => a.length)).toEqual([3, 3]);
  });
});
