/**
 * An entity's page: who or what it is, how many stories mention it and when, every story (linking to it with the
 * entity highlighted), every quote by it (linking to the quote in its story), and the people and countries of the
 * same stories. Plain links and lists: it reads the same without JavaScript.
 */
import { Link } from 'react-router-dom';
import type { EntityPage } from '../../contract/collection';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { isolate } from '../lib/bidi';
import { plural } from '../lib/format';
import { buildEntityView, type Pagination, type RelatedItem } from './entity-view-model';

function RelatedList({ title, items }: { title: string; items: RelatedItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="entity-section">
      <h2>{title}</h2>
      <ul className="entity-related">
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.href}>{item.name}</Link> <span className="muted">{item.storiesLabel}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PageLinks({ pagination }: { pagination: Pagination }) {
  return (
    <nav className="page-links" aria-label="Pages of stories and quotes">
      {pagination.previous ? (
        <Link to={pagination.previous} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span aria-current="page">{pagination.label}</span>
      {pagination.next ? (
        <Link to={pagination.next} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}

export function EntityView({ page }: { page: EntityPage }) {
  const view = buildEntityView(page);
  return (
    <PageFrame>
      <main id={MAIN_ID} tabIndex={-1} className="library entity-page" data-entity-key={page.key}>
        <title>{`${isolate(view.name)}${view.pagination ? `, page ${view.pagination.page}` : ''} · Lede`}</title>
        <header className="entity-head">
          <p className="entity-type muted">{view.typeLabel}</p>
          <h1>{view.name}</h1>
          {view.description ? <p className="entity-description">{view.description}</p> : null}
          <p className="entity-summary">{view.summary}</p>
          {view.otherForms.length ? (
            <p className="entity-forms">
              <span className="label">Also written:</span> {view.otherForms.map((f) => isolate(f)).join(', ')}
            </p>
          ) : null}
        </header>

        <section className="entity-section" data-list="stories">
          <h2>{view.storiesTitle}</h2>
          <ol className="entity-stories">
            {view.stories.map((s) => (
              <li key={s.id} data-story={s.id}>
                <Link to={s.href}>{s.headline}</Link>
                <p className="card-meta">
                  {s.date ? <time dateTime={s.date}>{s.dateLabel}</time> : null}
                  {s.source ? <span>{s.source}</span> : null}
                  <span>{s.mentionsLabel}</span>
                </p>
              </li>
            ))}
          </ol>
        </section>

        {view.timeline.length ? (
          <section className="entity-section">
            <h2>Stories by month</h2>
            <table className="timeline">
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Stories</th>
                </tr>
              </thead>
              <tbody>
                {view.timeline.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">
                      <time dateTime={m.month}>{m.label}</time>
                    </th>
                    <td>
                      <meter min={0} max={m.max} value={m.stories} aria-hidden="true" /> {m.stories}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {view.undatedLabel ? <p className="muted">{view.undatedLabel}</p> : null}
          </section>
        ) : null}

        <section className="entity-section" data-list="quotes">
          <h2>{view.quotesTitle}</h2>
          {page.quoteCount === 0 ? <p className="muted">No quote of the collection is attributed to {isolate(view.name)}.</p> : null}
          <ol className="entity-quotes">
            {view.quotes.map((q) => (
              <li key={q.key} data-quote={q.key}>
                <blockquote>
                  <Link to={q.href}>{q.text}</Link>
                </blockquote>
                <p className="muted small">
                  in <Link to={q.storyHref}>{q.storyHeadline}</Link>
                </p>
              </li>
            ))}
          </ol>
        </section>

        {view.pagination ? <PageLinks pagination={view.pagination} /> : null}

        <RelatedList title="People in the same stories" items={view.people} />
        <RelatedList title="Countries of the same stories" items={view.countries} />
        {view.people.length === 0 && view.countries.length === 0 ? <p className="muted">{`No other person or country appears in ${plural(view.stories.length, 'its story', 'its stories')}.`}</p> : null}
      </main>
    </PageFrame>
  );
}
