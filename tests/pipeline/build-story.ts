/** Test helper: a story of blocks plus entities whose mentions are found by name, with offsets computed once. */
import type { BlockKind, Entity, EntityType, Quote, Section } from '../../src/contract/article';

export type EntitySpec = { id: string; type?: EntityType; names: string[]; description?: string };
export type BlockSpec = string | { kind: BlockKind; text: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Builds one section of blocks b1, b2, … and entities whose mentions are every whole-word match of their names. */
export function buildStory(blocks: BlockSpec[], specs: EntitySpec[]): { sections: Section[]; entities: Entity[] } {
  const section: Section = {
    id: 'story',
    heading: 'Story',
    blocks: blocks.map((b, i) => ({ id: `b${i + 1}`, kind: typeof b === 'string' ? 'paragraph' : b.kind, text: typeof b === 'string' ? b : b.text })),
  };
  const taken: Array<{ block: string; start: number; end: number }> = [];
  const forms = specs.flatMap((spec) => spec.names.map((name) => ({ spec, name }))).sort((a, b) => b.name.length - a.name.length);
  const entities: Entity[] = specs.map((s) => ({
    id: s.id,
    type: s.type ?? 'person',
    name: s.names[0]!,
    aliases: s.names.slice(1),
    country: null,
    ...(s.description ? { description: s.description } : {}),
    mentions: [],
  }));
  for (const { spec, name } of forms) {
    for (const block of section.blocks) {
      for (const m of block.text.matchAll(new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu'))) {
        const span = { block: block.id, start: m.index, end: m.index + name.length };
        if (taken.some((t) => t.block === span.block && t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        entities.find((e) => e.id === spec.id)!.mentions.push({ ...span, text: name });
      }
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.block.localeCompare(b.block) || a.start - b.start);
  return { sections: [section], entities };
}

/** The quote record expected for `text` in block `block` of a story (offsets found by searching the block's text). */
export function quoteOf(story: { sections: Section[] }, id: string, block: string, text: string, speaker: string | null): Quote {
  const blockText = story.sections[0]!.blocks.find((b) => b.id === block)!.text;
  const start = blockText.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in ${block}`);
  return { id, block, start, end: start + text.length, text, speaker };
}
