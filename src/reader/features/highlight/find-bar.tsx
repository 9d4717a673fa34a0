/** Find-in-page for highlighted entities: "13 mentions · ‹ › · ✕". */
import type { KeyboardEvent } from 'react';
import { isolate } from '../../lib/bidi';

export interface FindBarProps {
  names: { id: string; name: string; type: string; shade: number }[];
  count: number;
  /** Mentions inside sections a filter collapsed (not navigable). */
  hidden: number;
  /** 0-based position of the current mention, or null before the first move. */
  position: number | null;
  onPrevious: () => void;
  onNext: () => void;
  onClear: () => void;
}

export function FindBar({ names, count, hidden, position, onPrevious, onNext, onClear }: FindBarProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) onPrevious();
      else onNext();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      event.preventDefault();
      onNext();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      event.preventDefault();
      onPrevious();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClear();
    }
  };
  const status = (position === null ? `${count} ${count === 1 ? 'mention' : 'mentions'}` : `${position + 1} of ${count} mentions`) + (hidden ? ` · ${hidden} in hidden sections` : '');
  return (
    <div className="find-bar" role="group" aria-label="Highlighted mentions" data-find-bar>
      <span className="find-names">
        {names.map((n) => (
          <span key={n.id} className="find-name" data-type={n.type} data-shade={n.shade}>
            <span className={`swatch swatch-${n.type}`} aria-hidden="true" />
            {isolate(n.name)}
          </span>
        ))}
      </span>
      <span className="find-status" data-find-status>
        {status}
      </span>
      <span className="find-buttons">
        <button type="button" className="icon-button" aria-label="Previous mention" aria-keyshortcuts="Shift+Enter ArrowLeft" disabled={count === 0} onClick={onPrevious} onKeyDown={onKeyDown}>
          ‹
        </button>
        <button type="button" className="icon-button" aria-label="Next mention" aria-keyshortcuts="Enter ArrowRight" disabled={count === 0} onClick={onNext} onKeyDown={onKeyDown}>
          ›
        </button>
        <button type="button" className="icon-button" aria-label="Clear highlights" onClick={onClear} onKeyDown={onKeyDown}>
          ✕
        </button>
      </span>
    </div>
  );
}
