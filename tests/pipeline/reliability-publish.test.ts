/**
 * Reliability, part 2: the published data set is always one complete set (the old one or the new one) — after
 * kill -9 at random points of a batch, after a full disk, with two runs at once, over a legacy real folder — and
 * the generations a run leaves behind are cleaned up.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leftovers, publishedSet, runCli, seedText, startCli, writeSmallSeeds } from './support/ingest-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-publish-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fresh case folder: seeds/, out (the served link) and store/ (the generations). */
function caseDir(name: string) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  return { dir, seeds: path.join(dir, 'seeds'), out: path.join(dir, 'out'), store: path.join(dir, 'store') };
}

/** How many articles the generation that process `pid` is writing holds so far (0 before it exists). */
function writtenBy(store: string, pid: number): number {
  const name = fs.existsSync(store) ? fs.readdirSync(store).find((n) => n.startsWith('g-') && n.includes(`-${pid}-`)) : undefined;
  try {
    return name ? fs.readdirSync(path.join(store, name, 'articles')).length : 0;
  } catch {
    return 0; // just created, or published and gone from under us
  }
}

/** A safety net for the many-run tests on a loaded machine, not a speed assertion. */
const SLOW_TEST_MS = 240_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kill -9 in the middle of a batch', () => {
  const SEEDS = 300;
  const KILLS = 5;

  it(`leaves the published set complete and equal to the old or the new set (${KILLS} kills at random points of ${SEEDS} seeds)`, async () => {
    const { seeds, out, store } = caseDir('kill');
    const args = ['--seeds', seeds, '--out', out, '--store', store];
    writeSmallSeeds(seeds, SEEDS, 'first');
    expect(runCli(args).code).toBe(0);
    const old = publishedSet(out);
    expect(old.problems).toEqual([]);
    expect(old.ids).toHaveLength(SEEDS);

    writeSmallSeeds(seeds, SEEDS, 'second');
    const seen: { killedAt: number; digest: string }[] = [];
    for (let k = 0; k < KILLS; k++) {
      // A random point of the write phase: after this many of the new articles have been written.
      const target = 1 + Math.floor(Math.random() * (SEEDS - 1));
      const { child, done } = startCli(args);
      let killedAt = -1;
      while (child.exitCode === null && killedAt < 0) {
        const written = writtenBy(store, child.pid!);
        if (written >= target) {
          child.kill('SIGKILL');
          killedAt = written;
        } else await sleep(5);
      }
      const result = await done;
      const after = publishedSet(out);
      expect(after.problems, `kill ${k} at ${killedAt} articles`).toEqual([]);
      seen.push({ killedAt, digest: after.digest });
      if (result.signal !== 'SIGKILL') expect(result.code).toBe(0); // it finished before the kill: the new set
    }

    expect(runCli(args).code).toBe(0);
    const fresh = publishedSet(out);
    expect(fresh.problems).toEqual([]);
    expect(fresh.digest).not.toBe(old.digest);
    for (const { killedAt, digest } of seen) expect([old.digest, fresh.digest], `killed after ${killedAt} articles`).toContain(digest);
    // Every killed run's half-written generation is removed by the next run.
    expect(leftovers(store, out)).toEqual([]);
    console.log(`kill -9: ${seen.map((s) => (s.killedAt < 0 ? 'finished' : `${s.killedAt}/${SEEDS}`)).join(', ')} articles written when killed; every time a complete set was served`);
  }, SLOW_TEST_MS);
});

describe('two runs at once', () => {
  it('both succeed, the published set is all of one run or all of the other, and the store is cleaned up', async () => {
    const { dir, out, store } = caseDir('concurrent');
    const seedsA = path.join(dir, 'seeds-a');
    const seedsB = path.join(dir, 'seeds-b');
    writeSmallSeeds(seedsA, 40, 'alpha');
    writeSmallSeeds(seedsB, 60, 'beta');
    const a = startCli(['--seeds', seedsA, '--out', out, '--store', store]);
    const b = startCli(['--seeds', seedsB, '--out', out, '--store', store]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, ra.stderr]).toEqual([0, expect.stringMatching(/^ingest: 40 done .*\nsearch index: 40 done .*\ningested 40 article\(s\)/u)]);
    expect([rb.code, rb.stderr]).toEqual([0, expect.stringMatching(/^ingest: 60 done .*\nsearch index: 60 done .*\ningested 60 article\(s\)/u)]);
    const published = publishedSet(out);
    expect(published.problems).toEqual([]);
    expect([40, 60]).toContain(published.ids.length);
    // All of one run: every article is of the winner's version.
    const version = published.ids.length === 40 ? 'alpha' : 'beta';
    for (const id of published.ids) expect(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8')).toContain(`the ${version} budget`);
    // A run that lost the race while the other was still alive may leave its generation; the next run removes it
    // (an empty one is quick: no worker starts).
    const empty = path.join(dir, 'seeds-empty');
    fs.mkdirSync(empty);
    expect(runCli(['--seeds', empty, '--out', out, '--store', store]).code).toBe(0);
    expect(leftovers(store, out)).toEqual([]);
  }, SLOW_TEST_MS);
});

describe('a full disk', () => {
  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

  it.skipIf(!canMount)('fails with one line naming the file and ENOSPC, exit 1, and the old set is still served, whole (a 1 MB tmpfs)', () => {
    const { dir, seeds } = caseDir('full');
    const disk = path.join(dir, 'disk');
    fs.mkdirSync(disk);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], { encoding: 'utf8' });
    expect(mounted.stderr).toBe('');
    try {
      const args = ['--seeds', seeds, '--out', path.join(disk, 'data'), '--store', path.join(disk, 'store')];
      fs.mkdirSync(seeds);
      fs.writeFileSync(path.join(seeds, 'one.txt'), seedText);
      expect(runCli(args).code).toBe(0);
      const old = publishedSet(path.join(disk, 'data'));
      // About 30 KB of JSON each: 60 of them cannot fit beside the old set.
      for (let n = 0; n < 60; n++) fs.writeFileSync(path.join(seeds, `copy-${n}.txt`), seedText);
      const r = runCli(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^\S+\.json: cannot be written \(ENOSPC: no space left on device\)\n$/u);
      expect(publishedSet(path.join(disk, 'data'))).toEqual(old);
      // The failed run's partial generation is gone, so the disk has room again.
      expect(leftovers(path.join(disk, 'store'), path.join(disk, 'data'))).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});

describe('the served folder', () => {
  it('a real folder left by an older version becomes the link (stale files gone); abandoned generations are removed, live ones kept', () => {
    const { seeds, out, store } = caseDir('legacy');
    writeSmallSeeds(seeds, 3, 'legacy');
    fs.mkdirSync(path.join(out, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(out, 'articles', 'stale.json'), '{}');
    fs.writeFileSync(path.join(out, 'index.json'), '{"schemaVersion":1,"articles":[{"id":"stale"}]}');
    const exited = spawnSync(process.execPath, ['-e', '']).pid!; // a pid that is no longer running
    const dead = path.join(store, `g-0000001-${exited}-0badcafe`);
    const live = path.join(store, `g-0000002-${process.pid}-00c0ffee`);
    for (const dir of [dead, live]) fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });

    expect(runCli(['--seeds', seeds, '--out', out, '--store', store]).code).toBe(0);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(out)).toMatch(/^store\/g-/u); // relative: the checkout can move
    const published = publishedSet(out);
    expect(published.problems).toEqual([]);
    expect(published.ids).toHaveLength(3);
    expect(leftovers(store, out)).toEqual([path.basename(live)]);
  });

  it('a seeds folder that does not exist is one line and exit 1, and publishes nothing', () => {
    const { dir, out, store } = caseDir('no-seeds');
    const r = runCli(['--seeds', path.join(dir, 'nope'), '--out', out, '--store', store]);
    expect([r.code, r.stderr]).toEqual([1, `${path.join(dir, 'nope')}: no such folder\n`]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
