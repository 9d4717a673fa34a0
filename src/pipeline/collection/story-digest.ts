/**
 * What the collection stage needs of one story: its listing fields, its entities (not photo credits) with their
 * forms and mention counts, and its quotes with the section each is in. Small, so 10,000 of them fit in memory
 * while the collection is built, and made where the article is (in the ingest worker) so only this crosses threads.
 */
import type { Article, EntityType } from '../../contract/article';

/** One entity of a story, as the collection merges it. */
export interface DigestEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  mentions: number;
}

/** One quote of a story, with the section holding it (the quote link's `#<section>`). */
export interface DigestQuote {
  id: string;
  section: string;
  text: string;
  speaker: string | null;
}

export interface StoryDigest {
  id: string;
  headline: string;
  date: string | null;
  source: string | null;
  /** The story's topic, as its page or a "Topic:" line gives it: the library's topic facet. */
  topic: string | null;
  entities: DigestEntity[];
  quotes: DigestQuote[];
}

/** The digest of one article. Photo-credit-only people are left out: they are not people of the story. */
export function digestStory(article: Article): StoryDigest {
  const sectionOf = new Map<string, string>();
  for (const section of article.sections) {
    sectionOf.set(section.id, section.id);
    for (const block of section.blocks) sectionOf.set(block.id, section.id);
  }
  return {
    id: article.id,
    headline: article.headline,
    date: article.date,
    source: article.source,
    topic: article.topic ?? null,
    entities: article.entities
      .filter((e) => !e.creditOnly)
      .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, description: e.description ?? null, mentions: e.mentions.length })),
    quotes: article.quotes.map((q) => ({ id: q.id, section: sectionOf.get(q.block) ?? article.sections[0]!.id, text: q.text, speaker: q.speaker })),
  };
}
