/**
 * The English language pack: its data files are exactly what `npm run lexicon` generates from the data packages.
 */
import fs from 'node:fs';
import path from 'node:path';
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
});
