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
import { Generation } from '../../src/cli/publish-data';
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
    // A reused article is the cache's copy, linked (two names: the cache's and the generation's); the edited one is new.
    expect(fs.statSync(path.join(out, 'articles', 'seed-003.json')).nlink).toBe(2);
    expect(fs.statSync(path.join(uncached, 'articles', 'seed-003.json')).nlink).toBe(1);
  });
});

describe('a generation written after another', () => {
  it('links the collection files the published generation holds with the same bytes, and writes the others', async () => {
    const store = path.join(tmp, 'store');
    const before = Generation.create(store);
    await before.writeCollectionFile('entities', 'same', '{"a":1}');
    await before.writeCollectionFile('entities', 'changed', '{"b":1}');
    await before.finish('{}');
    const after = Generation.create(store);
    after.reuseFrom(before.dir);
    await after.writeCollectionFile('entities', 'same', '{"a":1}');
    await after.writeCollectionFile('entities', 'changed', '{"b":2}');
    await after.writeCollectionFile('entities', 'new', '{"c":1}');
    const inode = (gen: Generation, name: string) => fs.statSync(path.join(gen.dir, 'collection', 'entities', `${name}.json`)).ino;
    expect(inode(after, 'same')).toBe(inode(before, 'same'));
    expect(inode(after, 'changed')).not.toBe(inode(before, 'changed'));
    expect(fs.readFileSync(path.join(after.dir, 'collection', 'entities', 'changed.json'), 'utf8')).toBe('{"b":2}');
    expect(fs.readFileSync(path.join(after.dir, 'collection', 'entities', 'new.json'), 'utf8')).toBe('{"c":1}');
    before.done();
    after.done();
  });
});
