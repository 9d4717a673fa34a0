/**
 * Reliability, part 3: bounded time. An article that runs past the per-article limit is stopped (its worker
 * terminated) and named, and the rest of the batch is published; the output does not depend on how many workers
 * ran it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/cli/ingest-files';
import { publishedSet, runCli, seedText, smallArticle, writeSmallSeeds } from './support/ingest-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-time-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the time guard', () => {
  it('stops an article that runs past the limit, names it, and still publishes the others', () => {
    const seeds = path.join(tmp, 'seeds');
    const out = path.join(tmp, 'out');
    fs.mkdirSync(seeds);
    // Genuinely slow: the seed's story repeated to just under the size cap takes the pipeline many seconds.
    let slow = '';
    while (Buffer.byteLength(slow) < MAX_ARTICLE_BYTES - 2 * seedText.length) slow += `${seedText}\n\n`;
    fs.writeFileSync(path.join(seeds, 'slow.txt'), slow);
    for (const n of [1, 2, 3]) fs.writeFileSync(path.join(seeds, `quick-${n}.txt`), smallArticle(n, 'quick'));

    const r = runCli(['--seeds', seeds, '--out', out], { LEDE_ARTICLE_TIME_LIMIT_S: '2' });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^ingest: 4 done in [\d.]+ s \([\d.]+\/s\); slowest slow\.txt \(\d+ ms\)$/u),
      expect.stringMatching(/^search index: 3 done in [\d.]+ s \([\d.]+\/s\); slowest \/a\/quick-\d \(\d+ ms\)$/u),
      `${path.join(seeds, 'slow.txt')}: took longer than 2 s, skipped`,
      `ingested 3 article(s) into ${path.relative(process.cwd(), out)}, 1 failed`,
    ]);
    const published = publishedSet(out);
    expect(published.problems).toEqual([]);
    expect(published.ids).toEqual(['quick-1', 'quick-2', 'quick-3']);
  });
});

describe('the worker pool', () => {
  it('publishes byte-identical data with one worker and with several', () => {
    const seeds = path.join(tmp, 'pool-seeds');
    writeSmallSeeds(seeds, 24, 'pooled');
    fs.writeFileSync(path.join(seeds, 'seed-100.txt'), seedText);
    const run = (workers: string) => {
      const out = path.join(tmp, `pool-out-${workers}`);
      expect(runCli(['--seeds', seeds, '--out', out], { LEDE_INGEST_WORKERS: workers }).code).toBe(0);
      return publishedSet(out);
    };
    const one = run('1');
    const all = run(String(Math.max(2, os.availableParallelism())));
    expect(one.problems).toEqual([]);
    expect(all.digest).toBe(one.digest);
  });
});
