/** Table of contents: one link per section, the one being read marked with aria-current. */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { isolate } from '../../lib/bidi';

export interface ContentsItem {
  id: string;
  heading: string;
  href: string;
  hidden: boolean;
}

export function ContentsNav({ items, activeId }: { items: ContentsItem[]; activeId: string | null }) {
  const list = useRef<HTMLOListElement>(null);
  // As a one-row bar (narrower screens) keep the current section's chip in view, without scrolling the page.
  useEffect(() => {
    const el = list.current;
    const link = el?.querySelector<HTMLElement>('[aria-current]');
    if (!el || !link || el.scrollWidth <= el.clientWidth) return;
    el.scrollLeft = link.offsetLeft - el.offsetLeft - 16;
  }, [activeId]);
  return (
    <nav className="contents" aria-label="Contents">
      <h2 className="panel-title">Contents</h2>
      <ol className="contents-list" ref={list}>
        {items.map((item) => (
          <li key={item.id} data-hidden={item.hidden ? 'true' : undefined}>
            <Link to={item.href} aria-current={item.id === activeId ? 'location' : undefined} data-toc={item.id}>
              {isolate(item.heading)}
              {item.hidden ? <span className="visually-hidden"> (hidden by filter)</span> : null}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
