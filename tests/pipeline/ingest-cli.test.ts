import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'src/cli/ingest.ts');
const seed = path.join(root, 'seeds/000_3979cacfdab927d0.txt');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('ingest CLI, one file', () => {
  it('prints the article JSON and nothing else', () => {
    const r = ingest(seed);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const checked = validateArticle(JSON.parse(r.stdout));
    expect(checked.ok && checked.value.id).toBe('000-3979cacfdab927d0');
  });

  const badInputs: [string, () => string, RegExp][] = [
    ['missing-file', () => path.join(tmp, 'nope.txt'), /nope\.txt: no such file$/u],
    ['empty-file', () => write('empty.txt', ''), /empty\.txt: is empty or blank$/u],
    ['blank-only-file', () => write('blank.txt', ' \n\u00a0\n\t\r\n'), /blank\.txt: is empty or blank$/u],
    ['zero-width-only-file', () => write('zero-width.txt', '\u200b\u200c\n\u200d\u2060\ufeff\n'), /zero-width\.txt: is empty or blank \(only invisible characters, such as zero-width spaces\)$/u],
    ['binary-file', () => write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /binary\.txt: looks binary/u],
    ['invalid-utf8', () => write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), /latin1\.txt: is not valid UTF-8 text$/u],
    ['folder', () => fs.mkdtempSync(path.join(tmp, 'dir-')), /dir-\w+: is a folder, not an article file$/u],
    ['unreadable-path', () => path.join(write('plain.txt', 'x'), 'child.txt'), /child\.txt: cannot be read \(ENOTDIR\)$/u],
  ];
  it.each(badInputs)('%s: one line on stderr naming the file and the reason, exit 1, nothing on stdout', (_name, make, message) => {
    const r = ingest(make());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

describe('ingest CLI, batch', () => {
  it('writes every good article and the index even when one seed is broken, and exits 1 naming it', () => {
    const seeds = fs.mkdtempSync(path.join(tmp, 'seeds-'));
    const out = fs.mkdtempSync(path.join(tmp, 'out-'));
    fs.copyFileSync(seed, path.join(seeds, 'a-good.txt'));
    fs.writeFileSync(path.join(seeds, 'b-broken.txt'), Buffer.from([0, 0, 0]));
    fs.writeFileSync(path.join(seeds, 'c-short.txt'), 'Short Headline\n\nOne paragraph of text.\n');
    const r = ingest('--seeds', seeds, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b-broken\.txt: looks binary/u);
    expect(fs.readdirSync(path.join(out, 'articles')).sort()).toEqual(['a-good.json', 'c-short.json']);
    const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'));
    expect(index.articles.map((a: { id: string }) => a.id)).toEqual(['a-good', 'c-short']);
  });
});
