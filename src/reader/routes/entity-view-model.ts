/**
 * Everything an entity's page shows, derived from its data in one pure function (unit-tested without rendering):
 * the heading lines, the stories with links that highlight the entity, the timeline, the quotes with links to their
 * exact place in their story, and the people and countries of the same stories with links to their pages.
 */
import type { EntityType } from '../../contract/article';
import { ENTITY_PAGE_SIZE, type EntityPage, type RelatedEntity } from '../../contract/collection';
import { paths } from '../config/paths';
import { formatDate, plural } from '../lib/format';

export interface EntityStoryItem {
  id: string;
  headline: string;
  href: string;
  date: string | null;
  dateLabel: string | null;
  source: string | null;
  mentionsLabel: string;
}

export interface EntityQuoteItem {
  /** Unique on the page: the story and quote ids. */
  key: string;
  text: string;
  href: string;
  storyHeadline: string;
  storyHref: string;
}

export interface TimelineItem {
  month: string;
  label: string;
  stories: number;
  /** The busiest month's count, the scale of every bar. */
  max: number;
}

export interface RelatedItem {
  key: string;
  name: string;
  href: string;
  storiesLabel: string;
}

/** Where this page is among the entity's pages, and links to the others. */
export interface Pagination {
  page: number;
  pages: number;
  label: string;
  previous: string | null;
  next: string | null;
}

export interface EntityView {
  name: string;
  pagination: Pagination | null;
  /** "Stories (250)" / "Stories 101–200 of 250". */
  storiesTitle: string;
  quotesTitle: string;
  typeLabel: string;
  description: string | null;
  /** The other forms the stories use, beside the name. */
  otherForms: string[];
  summary: string;
  stories: EntityStoryItem[];
  timeline: TimelineItem[];
  undatedLabel: string | null;
  quotes: EntityQuoteItem[];
  people: RelatedItem[];
  countries: RelatedItem[];
}

const TYPE_LABELS: Record<EntityType, string> = { person: 'Person', country: 'Country', place: 'Place', organization: 'Organization' };
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2019-06" → "June 2019". */
export const formatMonth = (month: string): string => {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
};

const related = (list: readonly RelatedEntity[]): RelatedItem[] =>
  list.map((r) => ({ key: r.key, name: r.name, href: paths.entity.href(r.key), storiesLabel: plural(r.stories, 'story', 'stories') }));

/** The view of an entity's page. */
export function buildEntityView(page: EntityPage): EntityView {
  const headlines = new Map(page.stories.map((s) => [s.id, s.headline]));
  const max = Math.max(0, ...page.timeline.map((m) => m.stories));
  // "(250)" when the page shows them all, else which of them it shows: "101–200 of 250".
  const range = (total: number, shown: number) => {
    if (shown === total) return `(${total})`;
    if (shown === 0) return `(${total}, none on this page)`;
    const first = (page.page - 1) * ENTITY_PAGE_SIZE + 1;
    return `${first}–${first + shown - 1} of ${total}`;
  };
  return {
    name: page.name,
    pagination:
      page.pages > 1
        ? {
            page: page.page,
            pages: page.pages,
            label: `Page ${page.page} of ${page.pages}`,
            previous: page.page > 1 ? paths.entity.href(page.key, page.page - 1) : null,
            next: page.page < page.pages ? paths.entity.href(page.key, page.page + 1) : null,
          }
        : null,
    storiesTitle: `Stories ${range(page.storyCount, page.stories.length)}`,
    quotesTitle: `Quotes ${range(page.quoteCount, page.quotes.length)}`,
    typeLabel: TYPE_LABELS[page.type],
    description: page.description,
    otherForms: page.forms.filter((f) => f !== page.name),
    summary: `${plural(page.mentionCount, 'mention')} in ${plural(page.storyCount, 'story', 'stories')}${page.quoteCount ? `, ${plural(page.quoteCount, 'quote')}` : ''}`,
    stories: page.stories.map((s) => ({
      id: s.id,
      headline: s.headline,
      href: paths.article.href(s.id, { highlight: s.entities }),
      date: s.date,
      dateLabel: s.date ? formatDate(s.date) : null,
      source: s.source,
      mentionsLabel: plural(s.mentions, 'mention'),
    })),
    timeline: page.timeline.map((m) => ({ month: m.month, label: formatMonth(m.month), stories: m.stories, max })),
    undatedLabel: page.undated ? `${plural(page.undated, 'story', 'stories')} without a date` : null,
    quotes: page.quotes.map((q) => ({
      key: `${q.story}/${q.quote}`,
      text: q.text,
      href: paths.article.href(q.story, { quote: q.quote }, q.section),
      storyHeadline: headlines.get(q.story) ?? q.story,
      storyHref: paths.article.href(q.story),
    })),
    people: related(page.people),
    countries: related(page.countries),
  };
}
