/**
 * A stress article for `npm run bench:ui`: the seed's body paragraphs repeated under 49 sub-headlines after the
 * seed's own opening, so 50 sections and hundreds of mentions per entity, ingested by the real pipeline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../src/contract/article';
import { ingestChecked } from './served-article';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEED_FILE = path.join(root, 'seeds', '000_3979cacfdab927d0.txt');
const ORDINALS = ['Opening', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** Builds and ingests the stress article (`sections` sections in all). */
export function stressArticle(sections = 50, id = 'stress'): Article {
  const seedText = fs.readFileSync(SEED_FILE, 'utf8');
  const seed = ingestChecked(seedText, 'seed');
  const paragraphs = seed.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  const lines = [seedText.trimEnd(), ''];
  for (let i = 1; lines.length && i < sections - seed.sections.length + 1; i++) {
    // Title-case sub-headlines without sentence punctuation, so the pipeline starts a section at each.
    lines.push(`Moscow Talks Continue in the ${ORDINALS[i % ORDINALS.length]} Round of Part ${i}`, '');
    for (const p of paragraphs) lines.push(p, '');
  }
  return ingestChecked(lines.join('\n'), id);
}
