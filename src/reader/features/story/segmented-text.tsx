/**
 * A block's (or heading's) text as React text: mentions of highlighted entities become <mark>s, other
 * mentions clickable spans (nested where two entities' mentions overlap), the quote a <span data-quote>.
 * Memoised on its own highlight key, so toggling an entity re-renders only the blocks that mention it.
 */
import { memo, type ReactNode } from 'react';
import { domIds } from '../../../contract/dom-ids';
import type { Segment, SegmentMention } from '../../lib/article-model';

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

/** One mention as an element: a <mark> when its entity is highlighted, else a clickable span; `children` inside. */
function renderMention(mention: SegmentMention, children: ReactNode, styles: Map<string, MarkStyle>, currentKey: string | null, index: number): ReactNode {
  const style = styles.get(mention.entityId);
  if (style) {
    return (
      <mark
        key={index}
        data-entity={mention.entityId}
        data-type={style.type}
        data-shade={style.shade}
        data-mention={mention.key}
        aria-current={mention.key === currentKey ? 'true' : undefined}
      >
        {children}
      </mark>
    );
  }
  return (
    <span key={index} className="mention" data-mention={mention.key} data-mention-of={mention.entityId}>
      {children}
    </span>
  );
}

/**
 * Mentions as nested elements: runs of segments sharing the mention at `depth` become that mention's element, and
 * the mentions inside it (another entity's, over the same or fewer words) nest one level deeper.
 */
function renderMentions(segments: readonly Segment[], depth: number, styles: Map<string, MarkStyle>, currentKey: string | null): ReactNode[] {
  return runs(segments, (s) => s.mentions?.[depth]?.key).map((run, i) => {
    const mention = run[0]?.mentions?.[depth];
    if (!mention) return run.map((s) => s.text).join('');
    return renderMention(mention, renderMentions(run, depth + 1, styles, currentKey), styles, currentKey, i);
  });
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
        const inner = renderMentions(quoteRun, 0, styles, currentKey);
        const quoteId = quoteRun[0]?.quoteId;
        if (!quoteId) return <span key={qi}>{inner}</span>;
        return (
          <span key={qi} id={domIds.quote(quoteId)} className="quote" data-quote={quoteId} data-active={quoteId === activeQuote ? 'true' : undefined}>
            {inner}
          </span>
        );
      })}
    </>
  );
});
