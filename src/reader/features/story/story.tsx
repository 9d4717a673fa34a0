/** The story: sections with their headings, prose, figures and related lines. Gets everything as props. */
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Block, Section } from '../../../contract/article';
import { domIds } from '../../../contract/dom-ids';
import type { ArticleModel } from '../../lib/article-model';
import { isolate } from '../../lib/bidi';
import { formatDate } from '../../lib/format';
import { SegmentedText } from './segmented-text';

export interface StoryProps {
  model: ArticleModel;
  /** Sections shown in full; the others collapse to their heading. */
  visible: ReadonlySet<string>;
  /** Per collapsed section, the chosen entities it does not mention. */
  missing: ReadonlyMap<string, string[]>;
  /** Highlight key per block/heading id (see SegmentedText). */
  marksFor: (targetId: string) => string;
  currentKey: string | null;
  currentTarget: string | null;
  activeQuote: string | null;
  activeQuoteTarget: string | null;
  sectionHref: (sectionId: string) => string;
  onCopyLink: (sectionId: string, heading: string) => void;
  onMentionClick: (entityId: string, mentionKey: string) => void;
}

type Group =
  | { kind: 'paragraph'; block: Block }
  | { kind: 'figure'; blocks: Block[] }
  | { kind: 'related'; blocks: Block[] }
  | { kind: 'embed'; blocks: Block[] };

/**
 * Paragraphs stand alone; consecutive captions/credits form a figure; consecutive teasers/related lines a list;
 * consecutive lines of embedded social posts one quoted box.
 */
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'paragraph') groups.push({ kind: 'paragraph', block });
    else if (block.kind === 'caption' || block.kind === 'credit') {
      if (last?.kind === 'figure' && !(block.kind === 'caption' && last.blocks.some((b) => b.kind === 'caption'))) last.blocks.push(block);
      else groups.push({ kind: 'figure', blocks: [block] });
    } else if (block.kind === 'embed') {
      if (last?.kind === 'embed') last.blocks.push(block);
      else groups.push({ kind: 'embed', blocks: [block] });
    } else if (last?.kind === 'related') last.blocks.push(block);
    else groups.push({ kind: 'related', blocks: [block] });
  }
  return groups;
}

/** Memoised so scrolling (which moves the contents marker) does not re-render the story. */
export const Story = memo(function Story(props: StoryProps) {
  const { model, visible, missing, onMentionClick } = props;
  const { article } = model;
  const ref = useRef<HTMLElement>(null);
  const clickRef = useRef(onMentionClick);
  useEffect(() => {
    clickRef.current = onMentionClick;
  }, [onMentionClick]);

  // Clicking a mention selects its entity. Delegated, and a pointer shortcut: the sidebar buttons are the keyboard way.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const hit = event.target.closest<HTMLElement>('[data-mention]');
      const entityId = hit?.dataset.entity ?? hit?.dataset.mentionOf;
      if (hit?.dataset.mention && entityId) clickRef.current(entityId, hit.dataset.mention);
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, []);

  const text = (targetId: string): ReactNode => (
    <SegmentedText
      segments={model.segments.get(targetId) ?? []}
      marks={props.marksFor(targetId)}
      currentKey={props.currentTarget === targetId ? props.currentKey : null}
      activeQuote={props.activeQuoteTarget === targetId ? props.activeQuote : null}
    />
  );

  return (
    <article ref={ref} className="story-text" data-article={article.id}>
      {article.sections.map((section, index) => {
        const collapsed = !visible.has(section.id);
        return (
          // Not a named region: an article may repeat a heading, or use one like "Entities", and landmark names must be
          // unique; readers move through the story by its headings.
          <section key={section.id} id={domIds.section(section.id)} className="story-section" data-collapsed={collapsed ? 'true' : undefined}>
            {index === 0 ? (
              <div className="article-head">
                {article.topic ? <p className="topic">{article.topic}</p> : null}
                {article.date || article.source ? (
                  <p className="kicker">
                    {article.date ? <time dateTime={article.date}>{formatDate(article.date)}</time> : null}
                    {article.source ? <span className="source">{article.source}</span> : null}
                  </p>
                ) : null}
                <SectionHeading level={1} section={section} {...props}>
                  {text(section.id)}
                </SectionHeading>
                {article.tags.length ? (
                  <ul className="tags" aria-label="Tags">
                    {article.tags.map((tag, i) => (
                      // Tags may repeat (the contract allows it); the position is their identity.
                      <li key={i}>{tag}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : (
              <SectionHeading level={2} section={section} {...props}>
                {text(section.id)}
              </SectionHeading>
            )}
            {collapsed ? (
              <p className="collapsed-note">Not mentioned: {(missing.get(section.id) ?? []).map(isolate).join(', ')}</p>
            ) : (
              groupBlocks(section.blocks).map((group) => renderGroup(group, text))
            )}
          </section>
        );
      })}
    </article>
  );
});

function renderGroup(group: Group, text: (id: string) => ReactNode): ReactNode {
  if (group.kind === 'paragraph') {
    return (
      <p key={group.block.id} id={domIds.block(group.block.id)} data-block={group.block.id}>
        {text(group.block.id)}
      </p>
    );
  }
  if (group.kind === 'figure') {
    return (
      <figure key={group.blocks[0]?.id} className="figure">
        <figcaption>
          {group.blocks.map((b) => (
            <span key={b.id} className={b.kind} data-block={b.id}>
              {text(b.id)}
            </span>
          ))}
        </figcaption>
      </figure>
    );
  }
  if (group.kind === 'embed') {
    return (
      <blockquote key={group.blocks[0]?.id} className="embed" aria-label="Embedded post">
        {group.blocks.map((b) => (
          <p key={b.id} data-block={b.id}>
            {text(b.id)}
          </p>
        ))}
      </blockquote>
    );
  }
  return (
    <div key={group.blocks[0]?.id} className="related-list">
      <ul aria-label="Related stories">
        {group.blocks.map((b) => (
          <li key={b.id} className={b.kind} data-block={b.id}>
            {text(b.id)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SectionHeading({ level, section, children, sectionHref, onCopyLink }: { level: 1 | 2; section: Section; children: ReactNode } & StoryProps) {
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <div className={`section-head section-head-${level}`}>
      <Tag id={domIds.heading(section.id)} tabIndex={-1}>
        {children}
      </Tag>
      <span className="heading-tools">
        <Link className="permalink" to={sectionHref(section.id)} aria-label={`Link to section: ${isolate(section.heading)}`} data-permalink={section.id}>
          #
        </Link>
        <button type="button" className="copy-link" aria-label={`Copy link to section: ${isolate(section.heading)}`} data-copy-link={section.id} onClick={() => onCopyLink(section.id, section.heading)}>
          <CopyIcon />
        </button>
      </span>
    </div>
  );
}

/** Two overlapping sheets: drawn, not a font glyph, so it shows on every system font. */
function CopyIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-0.5a1.5 1.5 0 0 0-1.5-1.5h-5a1.5 1.5 0 0 0-1.5 1.5v5a1.5 1.5 0 0 0 1.5 1.5h0.5" />
    </svg>
  );
}
