/**
 * A block's (or heading's) text as React text: mentions of highlighted entities become <mark>s, other
 * mentions clickable spans, the quote a <span data-quote>. Memoised on its own highlight key, so toggling
 * an entity re-renders only the blocks that mention it.
 */
import { memo, type ReactNode } from 'react';
import type { Segment } from '../../lib/article-model';

export interface MarkStyle {
  type: string;
  shade: number;
}

/** Parses the compact `entityId:type:shade;…` key the story passes to each block. */
function parseMarks(marks: string): Map<string, MarkStyle> {
  const out = new Map<string, MarkStyle>();
  if (!marks) return out;
  for (const part of marks.split(';')) {
    const [id = '', type = '', shade = '0'] = part.split(':');
    out.set(id, { type, shade: Number(shade) });
  }
  return out;
}

interface Props {
  segments: readonly Segment[];
  /** Highlighted entities present in this text, as `entityId:type:shade;…` (a string so memo compares cheaply). */
  marks: string;
  /** The current mention's key, only when it is in this text. */
  currentKey: string | null;
  /** The active quote's id, only when it is in this text. */
  activeQuote: string | null;
}

function renderMention(group: Segment[], styles: Map<string, MarkStyle>, currentKey: string | null, index: number): ReactNode {
  const first = group[0];
  const text = group.map((s) => s.text).join('');
  if (!first?.mentionKey || !first.entityId) return text;
  const style = styles.get(first.entityId);
  if (style) {
    return (
      <mark
        key={index}
        data-entity={first.entityId}
        data-type={style.type}
        data-shade={style.shade}
        data-mention={first.mentionKey}
        aria-current={first.mentionKey === currentKey ? 'true' : undefined}
      >
        {text}
      </mark>
    );
  }
  return (
    <span key={index} className="mention" data-mention={first.mentionKey} data-mention-of={first.entityId}>
      {text}
    </span>
  );
}

/** Groups consecutive segments sharing a key. */
function runs<K>(segments: readonly Segment[], keyOf: (s: Segment) => K): Segment[][] {
  const out: Segment[][] = [];
  for (const s of segments) {
    const last = out.at(-1);
    const lastFirst = last?.[0];
    if (last && lastFirst && keyOf(lastFirst) === keyOf(s)) last.push(s);
    else out.push([s]);
  }
  return out;
}

export const SegmentedText = memo(function SegmentedText({ segments, marks, currentKey, activeQuote }: Props) {
  const styles = parseMarks(marks);
  return (
    <>
      {runs(segments, (s) => s.quoteId).map((quoteRun, qi) => {
        const inner = runs(quoteRun, (s) => s.mentionKey).map((run, mi) => (run[0]?.mentionKey ? renderMention(run, styles, currentKey, mi) : run.map((s) => s.text).join('')));
        const quoteId = quoteRun[0]?.quoteId;
        if (!quoteId) return <span key={qi}>{inner}</span>;
        return (
          <span key={qi} id={`quote-${quoteId}`} className="quote" data-quote={quoteId} data-active={quoteId === activeQuote ? 'true' : undefined}>
            {inner}
          </span>
        );
      })}
    </>
  );
});
