/** Active filters as removable chips, the "2 of 4 sections" status and a one-click clear. */
import { isolate } from '../../lib/bidi';

export interface FilterChip {
  id: string;
  kind: 'person' | 'country';
  name: string;
  /** For countries: the places in it that also count. */
  places: string[];
}

export interface FilterBarProps {
  chips: FilterChip[];
  shown: number;
  total: number;
  onRemove: (chip: FilterChip) => void;
  onClear: () => void;
}

export function FilterBar({ chips, shown, total, onRemove, onClear }: FilterBarProps) {
  if (chips.length === 0) return null;
  const withPlaces = chips.filter((c) => c.kind === 'country' && c.places.length > 0);
  return (
    <div className="filter-bar" role="group" aria-label="Filters" data-filter-bar>
      <p className="filter-status" data-filter-status>
        Showing {shown} of {total} sections
      </p>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.id}>
            {/* Named by its content, which starts with the visible words (WCAG 2.5.3: a speech user says what they see). */}
            <button type="button" className="chip" data-chip={chip.id} data-type={chip.kind} onClick={() => onRemove(chip)}>
              <span className="chip-kind">{chip.kind === 'person' ? 'Person' : 'Country'}:</span> {isolate(chip.name)} <span aria-hidden="true">✕</span>
              <span className="visually-hidden"> (remove filter)</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button clear-filters" onClick={onClear}>
            Clear filters
          </button>
        </li>
      </ul>
      {withPlaces.map((c) => (
        <p key={c.id} className="filter-note small muted">
          {isolate(c.name)} includes places in it: {c.places.map(isolate).join(', ')}.
        </p>
      ))}
    </div>
  );
}
