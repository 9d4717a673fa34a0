// Our hand annotations (tests/fixtures/gold*) hold what the shared gold format promises: the headline is line 1,
// every heading and furniture line is a line of the raw text, and every quote starts on the line it names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '..', 'shared', 'corpus');
const SETS = [
  { gold: 'gold', raw: path.join(shared, 'articles') },
  { gold: 'gold-heldout', raw: path.join(shared, 'articles') },
  { gold: 'gold-heldout-2', raw: path.join(shared, 'articles') },
  { gold: 'gold-web', raw: path.join(shared, 'web', 'articles') },
];
const fold = (text: string) => text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/gu, ' ').trim();
type Gold = { headline: string; sections: { heading: string }[]; boilerplate?: string[]; quotes?: { start: string; line: number }[] };

describe.each(SETS)('our annotations in tests/fixtures/$gold', ({ gold, raw }) => {
  const dir = path.join(root, 'tests', 'fixtures', gold);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files)('%s quotes the raw text exactly', (file) => {
    const g = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Gold;
    const lines = fs.readFileSync(path.join(raw, file.replace(/\.json$/u, '.txt')), 'utf8').split('\n').map(fold);
    const present = new Set(lines);
    expect(fold(g.headline)).toBe(lines[0]);
    expect(g.sections.slice(1).map((s) => fold(s.heading)).filter((h) => !present.has(h))).toEqual([]);
    expect((g.boilerplate ?? []).map(fold).filter((b) => !present.has(b))).toEqual([]);
    expect((g.quotes ?? []).filter((q) => !(lines[q.line - 1] ?? '').includes(fold(q.start))).map((q) => q.start)).toEqual([]);
  });
});
