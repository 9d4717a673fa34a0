/**
 * The sidebar's entities, grouped by type: a highlight toggle each, for people and countries a filter toggle, and a
 * link to the entity's page across the collection when it has one.
 */
import { Link } from 'react-router-dom';
import type { Entity, EntityType } from '../../../contract/article';
import { APP_IDS } from '../../../contract/dom-ids';
import { isolate } from '../../lib/bidi';

export interface EntityGroup {
  type: EntityType;
  label: string;
  glyph: string;
  entities: Entity[];
}

export interface EntityPanelProps {
  groups: EntityGroup[];
  photoCredits: Entity[];
  /** Mentions shown in the text per entity id (overlaps removed), so the count matches the marks. */
  counts: ReadonlyMap<string, number>;
  /** Shade per highlighted entity id. */
  highlighted: ReadonlyMap<string, number>;
  filtered: ReadonlySet<string>;
  /** The href of each entity's page across the collection, by entity id (entities without a page are absent). */
  pageHrefs: ReadonlyMap<string, string>;
  onToggleHighlight: (entityId: string) => void;
  onToggleFilter: (entity: Entity) => void;
}

export function EntityPanel({ groups, photoCredits, counts, highlighted, filtered, pageHrefs, onToggleHighlight, onToggleFilter }: EntityPanelProps) {
  const total = groups.reduce((n, g) => n + g.entities.length, 0);
  return (
    <section className="panel entity-panel" aria-labelledby={APP_IDS.entitiesTitle}>
      <h2 id={APP_IDS.entitiesTitle} className="panel-title">
        Entities
      </h2>
      {total === 0 ? <p className="muted">No people, countries, places or organizations found in this story yet.</p> : null}
      {groups
        .filter((g) => g.entities.length > 0)
        .map((group) => (
          <div key={group.type} className="entity-group" data-group={group.type}>
            <h3 className="group-title">
              <span className={`glyph glyph-${group.type}`} aria-hidden="true">
                {group.glyph}
              </span>{' '}
              {group.label} <span className="muted">({group.entities.length})</span>
            </h3>
            <ul className="entity-list">
              {group.entities.map((entity) => {
                const shade = highlighted.get(entity.id);
                const canFilter = entity.type === 'person' || entity.type === 'country';
                const pageHref = pageHrefs.get(entity.id);
                const pageLabel = `${isolate(entity.name)} in all stories`;
                return (
                  <li key={entity.id} className="entity-row">
                    <button
                      type="button"
                      className="entity-toggle"
                      data-entity={entity.id}
                      data-type={entity.type}
                      data-shade={shade}
                      aria-pressed={shade !== undefined}
                      title={entity.description ?? undefined}
                      onClick={() => onToggleHighlight(entity.id)}
                    >
                      <span className={`swatch swatch-${entity.type}`} aria-hidden="true" />
                      <span className="entity-name">{isolate(entity.name)}</span>{' '}
                      <span className="count">
                        {counts.get(entity.id) ?? 0}{' '}
                        <span className="visually-hidden">mentions</span>
                      </span>
                    </button>
                    {canFilter ? (
                      <button
                        type="button"
                        className="filter-toggle"
                        data-filter-entity={entity.id}
                        aria-pressed={filtered.has(entity.id)}
                        aria-label={`Show only sections with ${isolate(entity.name)}`}
                        title={`Show only sections with ${isolate(entity.name)}`}
                        onClick={() => onToggleFilter(entity)}
                      >
                        <FilterIcon />
                      </button>
                    ) : null}
                    {pageHref ? (
                      <Link to={pageHref} className="entity-page-link" data-entity-page={entity.id} aria-label={pageLabel} title={pageLabel}>
                        <PageIcon />
                      </Link>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      {photoCredits.length ? (
        <p className="photo-credits muted">
          <span className="label">Credits:</span> {photoCredits.map((e) => isolate(e.name)).join(', ')}
        </p>
      ) : null}
    </section>
  );
}

/** An arrow out of a box: "open its own page". */
function PageIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M9 2.5h4.5V7M13.5 2.5 7.5 8.5M11.5 9.5v4h-9v-9h4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function FilterIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 3h12l-4.5 5.5V13l-3 1.5V8.5z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
