// Stage 5: find the people, countries, places and organisations an article names, with every mention's offsets.
import type { Entity, Section } from '../../contract/article';
import { findMentions, type Found, type Loose, type Target } from '../entities/find-mentions';
import { groupEntities, type TargetOrder } from '../entities/group-entities';
import { promoteCoordinatedNames, promoteNamesUsedBySurname, promoteSharedSurnames } from '../entities/coordinated-names';

/** Every text a mention can point into, in reading order: each heading (by section id), then its blocks. */
function targetsOf(sections: Section[]): Target[] {
  return sections.flatMap((s): Target[] => [
    { block: s.id, text: s.heading, kind: 'heading' },
    ...s.blocks.map((b): Target => ({ block: b.id, text: b.text, kind: b.kind })),
  ]);
}

/** Finds the entities of an article's sections; mentions carry offsets into their block or heading. */
export function findEntities(sections: Section[]): Entity[] {
  const targets = targetsOf(sections);
  const order: TargetOrder = new Map(targets.map((t, i) => [t.block, i]));
  const found: Found[] = [];
  const loose: Loose[] = [];
  for (const target of targets) {
    const r = findMentions(target);
    const left = promoteCoordinatedNames(target.text, r.found, promoteSharedSurnames(target.text, r.found, r.loose));
    // One by one: spreading a block's 125,000 mentions into push() overflows the call stack.
    for (const f of r.found) found.push(f);
    for (const l of left) loose.push(l);
  }
  const texts = new Map(targets.map((t) => [t.block, t.text]));
  return groupEntities(found, promoteNamesUsedBySurname(texts, found, loose), order);
}
