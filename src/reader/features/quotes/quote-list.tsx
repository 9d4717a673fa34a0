/** The sidebar's quotes: speaker and excerpt, each its own link that scrolls to and marks the quote. */
import { Link } from 'react-router-dom';
import { APP_IDS } from '../../../contract/dom-ids';
import { isolate } from '../../lib/bidi';

export interface QuoteItem {
  id: string;
  excerpt: string;
  speaker: string;
  href: string;
}

export interface QuoteListProps {
  quotes: QuoteItem[];
  total: number;
  activeQuote: string | null;
  /** Why the list is shorter than the article's, e.g. "Quotes by Sergei Lavrov". */
  filterNote: string | null;
  /** Called when a quote is chosen (its link followed). */
  onChoose?: (quoteId: string) => void;
}

export function QuoteList({ quotes, total, activeQuote, filterNote, onChoose }: QuoteListProps) {
  return (
    <section className="panel quote-panel" aria-labelledby={APP_IDS.quotesTitle}>
      <h2 id={APP_IDS.quotesTitle} className="panel-title">
        Quotes <span className="muted">({quotes.length === total ? total : `${quotes.length} of ${total}`})</span>
      </h2>
      {filterNote ? <p className="muted small">{filterNote}</p> : null}
      {quotes.length === 0 ? <p className="muted">{total === 0 ? 'No quotes found in this story yet.' : 'No quotes match the filter.'}</p> : null}
      <ol className="quote-list">
        {quotes.map((q) => (
          <li key={q.id}>
            <Link to={q.href} className="quote-link" data-quote-link={q.id} aria-current={q.id === activeQuote ? 'true' : undefined} onClick={() => onChoose?.(q.id)}>
              <span className="quote-excerpt">“{isolate(q.excerpt)}”</span>
              <span className="quote-speaker">— {isolate(q.speaker)}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
