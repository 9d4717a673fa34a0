/**
 * Incremental ingest through the CLI, as a rebuild runs it: a second run takes every unchanged seed from the cache
 * in the store and ingests only the edited one, and what it publishes is byte for byte what a run without the cache
 * publishes (articles, index and collection).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, seedText, smallArticle, writeSmallSeeds } from './support/ingest-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-incremental-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file of the data set `out` serves, relative path → sha256. */
function dataSetFiles(out: string): Record<string, string> {
  const dir = fs.realpathSync(out);
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

const summary = (stderr: string) => stderr.split('\n').find((line) => line.startsWith('ingest: '));

describe('a rebuild after editing one seed', () => {
  it('ingests only that seed, reuses the others, and publishes what a run without the cache publishes', () => {
    const seeds = path.join(tmp, 'seeds');
    writeSmallSeeds(seeds, 12, 'first');
    fs.writeFileSync(path.join(seeds, 'story.txt'), seedText);
    const out = path.join(tmp, 'out');

    const cold = runCli(['--seeds', seeds, '--out', out]);
    expect(cold.code).toBe(0);
    expect(summary(cold.stderr)).toMatch(/^ingest: 13 done in [\d.]+ s \([\d.]+\/s\); slowest \S+\.txt \(\d+ ms\)$/u);

    fs.writeFileSync(path.join(seeds, 'seed-004.txt'), smallArticle(4, 'edited'));
    const warm = runCli(['--seeds', seeds, '--out', out]);
    expect(warm.code).toBe(0);
    expect(summary(warm.stderr)).toMatch(/^ingest: 13 done in [\d.]+ s \([\d.]+\/s\), 12 reused from the cache; slowest seed-004\.txt \(\d+ ms\)$/u);

    const uncached = path.join(tmp, 'out-uncached');
    const fresh = runCli(['--seeds', seeds, '--out', uncached], { LEDE_INGEST_CACHE: 'off' });
    expect(summary(fresh.stderr)).not.toContain('reused');
    expect(dataSetFiles(out)).toEqual(dataSetFiles(uncached));
    expect(fs.readFileSync(path.join(out, 'articles', 'seed-004.json'), 'utf8')).toContain('the edited budget');
  });
});
