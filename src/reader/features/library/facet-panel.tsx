/**
 * The library's facets: per facet its values with story counts, each a link that adds or removes it. A facet not
 * counted yet (people and countries in a search, whose counts cost the most to load) shows a button that counts it.
 */
import { Link } from 'react-router-dom';
import type { FacetGroup } from '../../routes/library-view-model';
import { isolate } from '../../lib/bidi';
import { plural } from '../../lib/format';

/** `onCount` asks for the deferred facets' counts (the list shows them once they are in). */
export function FacetPanel({ groups, onCount }: { groups: readonly FacetGroup[]; onCount: () => void }) {
  return (
    <nav className="facets" aria-label="Filter stories">
      <h2 className="facets-title">Filter</h2>
      {groups.map((group) => (
        <section key={group.facet} className="facet" aria-labelledby={`facet-${group.facet}`}>
          <h3 id={`facet-${group.facet}`}>{group.title}</h3>
          {group.deferred ? (
            <button type="button" className="facet-more" onClick={onCount}>
              Show {group.title.toLowerCase()}
            </button>
          ) : (
            <ul>
              {group.items.map((item) => (
                <li key={item.value} className="facet-item">
                  <Link
                    to={item.href}
                    className="facet-link"
                    aria-label={`${isolate(item.label)} ${plural(item.count, 'story', 'stories')}`}
                    aria-current={item.chosen ? 'true' : undefined} data-facet={group.facet} data-value={item.value}>
                    <span className="facet-check" aria-hidden="true">
                      {item.chosen ? '✓' : ''}
                    </span>
                    <span className="facet-label">{item.label}</span>{' '}
                    <span className="facet-count">{item.count}</span>
                  </Link>
                  {item.entityHref ? (
                    <Link to={item.entityHref} className="facet-entity" aria-label={`${isolate(item.label)} in all stories`} title="All about them">
                      ↗
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </nav>
  );
}
