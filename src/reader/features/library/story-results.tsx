/** A page of library results: each story's headline (a link, with highlights when the view names its entities), date, source, counts and, for a search, the matched passage. */
import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../contract/article';
import { formatDate, plural } from '../../lib/format';
import { parseExcerpt } from '../../lib/excerpt';

/** One story as listed: its index entry, the link to it, and for a search the matched passage. */
export type ListedStory = ArticleSummary & { href: string; excerpt: string | null };

/** The matched passage, its marked words as <mark>, every character as text. */
function Excerpt({ excerpt }: { excerpt: string }) {
  return (
    <p className="card-excerpt">
      {parseExcerpt(excerpt).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </p>
  );
}

export function StoryResults({ stories }: { stories: readonly ListedStory[] }) {
  return (
    <ul className="article-list">
      {stories.map((s) => (
        <li key={s.id} className="article-card" data-article-id={s.id}>
          <h2>
            <Link to={s.href}>{s.headline}</Link>
          </h2>
          <p className="card-meta">
            {s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : null}
            {s.source ? <span>{s.source}</span> : null}
          </p>
          {s.excerpt ? <Excerpt excerpt={s.excerpt} /> : null}
          <p className="card-counts">
            {plural(s.sections, 'section')} · {plural(s.people, 'person', 'people')} · {plural(s.quotes, 'quote')}
          </p>
        </li>
      ))}
    </ul>
  );
}
