/**
 * The library's search box: results follow as you type (the query goes to the URL after a pause, replacing the
 * history entry), Enter searches at once, and without JavaScript the form submits `?q=` with the chosen facets.
 */
import { useEffect, useState } from 'react';
import { FACETS } from '../../../contract/library';
import type { LibraryView } from '../../routes/library-view-state';

/** Quiet time after a keystroke before the query is searched. */
export const SEARCH_DEBOUNCE_MS = 250;

/** Where the form goes without JavaScript: the library, under the app's base path. */
const ACTION = import.meta.env.BASE_URL;

export function SearchForm({ view, onQuery }: { view: LibraryView; onQuery: (q: string) => void }) {
  const [text, setText] = useState(view.q);
  // The URL's query as last seen, and the last query this box sent: a URL change that is not ours (back, a link)
  // replaces the text; our own arriving late never overwrites what was typed since.
  const [seen, setSeen] = useState(view.q);
  const [sent, setSent] = useState<string | null>(null);
  if (view.q !== seen) {
    setSeen(view.q);
    if (view.q !== sent) setText(view.q);
  }
  useEffect(() => {
    if (text === view.q) return;
    const timer = setTimeout(() => {
      setSent(text);
      onQuery(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, view.q, onQuery]);
  return (
    <form
      role="search"
      className="library-search"
      action={ACTION}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(text);
        onQuery(text);
      }}
    >
      <label htmlFor="library-q">Search stories</label>
      <div className="library-search-row">
        <input id="library-q" type="search" name="q" value={text} autoComplete="off" spellCheck={false} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      {FACETS.flatMap((facet) => view.facets[facet].map((value) => <input key={`${facet}=${value}`} type="hidden" name={facet} value={value} />))}
    </form>
  );
}
