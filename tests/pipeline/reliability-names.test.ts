/**
 * Reliability, part 1: every seed gets its own stable id, every entry that is not ingested is named with its reason
 * on one line (unsafe names quoted), special files are refused without being read, sizes are checked from the
 * stat, and UTF-16 seeds are read.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/contract/article';
import { decodeSeed } from '../../src/cli/ingest-files';
import { articleIdFor, assignArticleIds, nameHash, quoteFileName, unicodeSlug } from '../../src/cli/seed-names';
import { publishedSet, runCli, smallArticle, type CliResult } from './support/ingest-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-names-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const hash8 = (name: string) => nameHash(name).slice(0, 8);
const isArticleId = (id: string) => v.is(ArticleSchema.entries.id, id);

describe('article ids from file names', () => {
  it('names that slug alike get distinct ids: the name that already is the slug keeps it, the others add a hash of their name', () => {
    const ids = assignArticleIds(['Foo Bar.txt', 'foo-bar.txt', 'foo_bar.txt']);
    expect(Object.fromEntries(ids)).toEqual({
      'foo-bar.txt': 'foo-bar',
      'Foo Bar.txt': `foo-bar-${hash8('Foo Bar.txt')}`,
      'foo_bar.txt': `foo-bar-${hash8('foo_bar.txt')}`,
    });
  });

  it('without a canonical name, the first name in code-unit order keeps the plain slug', () => {
    expect(Object.fromEntries(assignArticleIds(['foo_bar.txt', 'Foo Bar.txt']))).toEqual({ 'Foo Bar.txt': 'foo-bar', 'foo_bar.txt': `foo-bar-${hash8('foo_bar.txt')}` });
  });

  it('adding a colliding file never renames a canonically named seed', () => {
    expect(assignArticleIds(['foo-bar.txt']).get('foo-bar.txt')).toBe('foo-bar');
    expect(assignArticleIds(['foo-bar.txt', 'FOO BAR.TXT', 'Foo  Bar.txt']).get('foo-bar.txt')).toBe('foo-bar');
  });

  it('names in other scripts no longer collapse into one id', () => {
    const ids = assignArticleIds(['статья.txt', 'новость.txt', '記事.txt']);
    expect(new Set(ids.values()).size).toBe(3);
    for (const id of ids.values()) expect(isArticleId(id)).toBe(true);
  });

  it('keeps the letters of other scripts readable in the id', () => {
    const ids = assignArticleIds(['Статья о выборах.txt', '新闻.txt', 'Café Société.txt']);
    expect([...ids.values()]).toEqual(['cafe-societe', 'статья-о-выборах', '新闻']);
  });

  it('a hashed id never takes the plain id of another seed', () => {
    const taken = `foo-${hash8('Foo.txt')}.txt`;
    const ids = assignArticleIds(['Foo.txt', 'foo.txt', taken]);
    expect(ids.get(taken)).toBe(taken.replace(/\.txt$/u, ''));
    expect(ids.get('foo.txt')).toBe('foo');
    expect(ids.get('Foo.txt')).toBe(`foo-${nameHash('Foo.txt').slice(0, 16)}`);
  });

  it('for any set of names: ids are distinct, valid for the contract, and the same whatever order the names come in', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'A', 'b', '-', '_', ' ', '.', 'é', 'с', '1', '’'), maxLength: 6 }).map((s) => `${s}.txt`);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (names, order) => {
        const ids = assignArticleIds(names);
        expect(new Set(ids.values()).size).toBe(names.length);
        for (const id of ids.values()) expect(isArticleId(id)).toBe(true);
        const shuffled = names.map((n) => [order.next().value, n] as const).sort((a, b) => a[0] - b[0]).map(([, n]) => n);
        expect(assignArticleIds(shuffled)).toEqual(ids);
      }),
    );
  });

  it('keeps the ids seeds have today: ASCII names slug as before, any case of .txt', () => {
    expect(articleIdFor('seeds/000_3979cacfdab927d0.txt')).toBe('000-3979cacfdab927d0');
    expect(articleIdFor('UPPER.TXT')).toBe('upper');
    expect(articleIdFor('Crème Brûlée.txt')).toBe('creme-brulee');
    expect(articleIdFor('---.txt')).toBe(`article-${hash8('---.txt')}`);
  });

  it('a readable slug keeps letters of every script, ready for a contract that allows them', () => {
    expect(unicodeSlug('Статья о Выборах')).toBe('статья-о-выборах');
    expect(unicodeSlug('Crème Brûlée, Café')).toBe('creme-brulee-cafe');
    expect(unicodeSlug('नमस्ते दुनिया')).toBe('नमस्ते-दुनिया');
    expect(unicodeSlug('Kiev’s 2019 Talks')).toBe('kievs-2019-talks');
  });
});

describe('file names in error lines', () => {
  it.each([
    ['a safe name is printed as it is', 'seeds/Статья 1.txt', 'seeds/Статья 1.txt'],
    ['a newline is escaped, so it cannot split the line', 'seeds/a\nb.txt', '"seeds/a\\nb.txt"'],
    ['terminal escape codes are escaped', 'seeds/\u001b[2Jx.txt', '"seeds/\\u001b[2Jx.txt"'],
    ['a right-to-left override is escaped', 'seeds/\u202etxt.exe', '"seeds/\\u202etxt.exe"'],
    ['C1 controls and DEL are escaped', 'seeds/\u009b\u007f.txt', '"seeds/\\u009b\\u007f.txt"'],
  ])('%s', (_name, file, printed) => {
    expect(quoteFileName(file)).toBe(printed);
  });
});

describe('seed encodings', () => {
  const text = 'Заголовок Headline\n\nA paragraph.';
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('%s is read as the same text', (_name, bytes) => {
    expect(decodeSeed('x.txt', bytes)).toBe(text);
  });

  it.each([
    ['UTF-16 without a BOM is named, not called binary', Buffer.from(text, 'utf16le'), /^x\.txt: looks like UTF-16 text without a byte-order mark/u],
    ['truncated UTF-16 is named', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), /^x\.txt: is not valid UTF-16 LE text$/u],
    ['UTF-32 is named', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /^x\.txt: is UTF-32 text/u],
    ['binary data is still binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /^x\.txt: looks binary/u],
  ])('%s', (_name, bytes, message) => {
    expect(() => decodeSeed('x.txt', bytes)).toThrow(message);
  });
});

describe('a batch over a hostile seeds folder', () => {
  const seeds = path.join(tmp, 'seeds');
  const out = path.join(tmp, 'out');
  const outside = path.join(tmp, 'outside.txt');
  const good: Record<string, Buffer> = {};
  let run: CliResult;
  let lines: string[];

  beforeAll(() => {
    fs.mkdirSync(seeds);
    const article = (n: number) => smallArticle(n, 'hostile');
    const names = ['Foo Bar.txt', 'foo-bar.txt', 'foo_bar.txt', 'статья.txt', 'новость.txt', 'UPPER.TXT'];
    names.forEach((name, n) => (good[name] = Buffer.from(article(n))));
    good['utf16le.txt'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(10), 'utf16le')]);
    good['utf16be.txt'] = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article(11), 'utf16le').swap16()]);
    good['utf8bom.txt'] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article(12))]);
    for (const [name, bytes] of Object.entries(good)) fs.writeFileSync(path.join(seeds, name), bytes);
    fs.writeFileSync(outside, article(13));
    fs.symlinkSync(outside, path.join(seeds, 'linked.txt'));
    good['linked.txt'] = fs.readFileSync(outside);

    fs.writeFileSync(path.join(seeds, 'evil\u001b[2J\nname.txt'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(seeds, 'notes.md'), 'not a seed');
    fs.writeFileSync(path.join(seeds, 'odd\nnotes.md'), 'not a seed either');
    fs.mkdirSync(path.join(seeds, 'old'));
    expect(spawnSync('mkfifo', [path.join(seeds, 'pipe.txt')]).status).toBe(0);
    fs.symlinkSync('/dev/zero', path.join(seeds, 'zero.txt'));
    fs.symlinkSync(path.join(tmp, 'missing.txt'), path.join(seeds, 'dangling.txt'));
    // Sparse: six megabytes of zeros that cost nothing. Read, they would be "binary"; refused from the stat, "too big".
    fs.closeSync(fs.openSync(path.join(seeds, 'big.txt'), 'w'));
    fs.truncateSync(path.join(seeds, 'big.txt'), 6 * 1024 * 1024);

    run = runCli(['--seeds', seeds, '--out', out]);
    lines = run.stderr.trimEnd().split('\n');
  });

  const line = (file: string) => lines.filter((l) => l.startsWith(quoteFileName(path.join(seeds, file))));

  it('ends (no FIFO or device blocks it), exits 1 for the broken seeds and prints nothing on stdout', () => {
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('names every entry it did not ingest on exactly one line, with the reason, and nothing else', () => {
    expect(line('pipe.txt')).toEqual([`${path.join(seeds, 'pipe.txt')}: is a named pipe (FIFO), not a regular file`]);
    expect(line('zero.txt')).toEqual([`${path.join(seeds, 'zero.txt')}: is a device, not a regular file`]);
    expect(line('dangling.txt')).toEqual([`${path.join(seeds, 'dangling.txt')}: is a link to a missing file`]);
    expect(line('big.txt')).toEqual([`${path.join(seeds, 'big.txt')}: is 6.0 MB, over the 5.0 MB limit for one article`]);
    expect(line('notes.md')).toEqual([`${path.join(seeds, 'notes.md')}: is not a .txt or .html file, skipped`]);
    expect(line('old')).toEqual([expect.stringMatching(/old: is a folder, skipped/u)]);
    expect(lines.at(-1)).toBe(`ingested ${Object.keys(good).length} article(s) into ${path.relative(process.cwd(), out)}, 5 failed, 3 other entries skipped`);
    expect(lines[0]).toMatch(new RegExp(`^ingest: ${Object.keys(good).length + 5} done in `, 'u'));
    expect(lines[1]).toMatch(new RegExp(`^search index: ${Object.keys(good).length} done in `, 'u'));
    expect(lines).toHaveLength(5 + 3 + 3);
  });

  it('quotes a name with control characters, so the line stays one line and the terminal is not driven', () => {
    expect(line('evil\u001b[2J\nname.txt')).toEqual([`${JSON.stringify(path.join(seeds, 'evil\u001b[2J\nname.txt'))}: looks binary (contains NUL bytes), not article text`]);
    expect(line('odd\nnotes.md')).toEqual([`${JSON.stringify(path.join(seeds, 'odd\nnotes.md'))}: is not a .txt or .html file, skipped`]);
    expect(run.stderr).not.toContain('\u001b');
  });

  it('publishes every readable seed under its own id: one file per seed, no id twice, UTF-16 and .TXT included', () => {
    const published = publishedSet(out);
    expect(published.problems).toEqual([]);
    const expected = assignArticleIds(Object.keys(good));
    expect(published.ids.sort()).toEqual([...expected.values()].sort());
    for (const [name, id] of expected) {
      const article = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
      const raw = good[name]!;
      const text = raw[0] === 0xfe ? Buffer.from(raw.subarray(2)).swap16().toString('utf16le') : raw[0] === 0xff ? raw.subarray(2).toString('utf16le') : raw.toString('utf8');
      expect(article.headline, name).toBe(text.replace(/^\uFEFF/u, '').split('\n')[0]);
    }
  });
});
