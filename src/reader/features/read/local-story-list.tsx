/** The stories read on this device, newest first, each with a link and a Remove button (undone from the page). */
import { Link } from 'react-router-dom';
import { isolate } from '../../lib/bidi';

export interface LocalStoryItem {
  localId: string;
  headline: string;
  href: string;
  /** Where it came from and when ("page.html · 1 December 2026, 19:40"). */
  detail: string;
}

interface LocalStoryListProps {
  stories: readonly LocalStoryItem[];
  onRemove: (localId: string) => void;
}

export function LocalStoryList({ stories, onRemove }: LocalStoryListProps) {
  if (stories.length === 0) return <p className="muted">No stories have been read on this device yet.</p>;
  return (
    <ul className="local-stories">
      {stories.map((s) => (
        <li key={s.localId} data-local-story={s.localId}>
          <Link to={s.href} className="local-story-link">
            {s.headline}
          </Link>
          <span className="small muted">{s.detail}</span>
          <button type="button" className="button local-story-remove" aria-label={`Remove “${isolate(s.headline)}” from this device`} onClick={() => onRemove(s.localId)}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
