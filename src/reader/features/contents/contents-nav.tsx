/** Table of contents: one link per section, the one being read marked with aria-current. */
import { Link } from 'react-router-dom';

export interface ContentsItem {
  id: string;
  heading: string;
  href: string;
  hidden: boolean;
}

export function ContentsNav({ items, activeId }: { items: ContentsItem[]; activeId: string | null }) {
  return (
    <nav className="contents" aria-label="Contents">
      <h2 className="panel-title">Contents</h2>
      <ol className="contents-list">
        {items.map((item) => (
          <li key={item.id} data-hidden={item.hidden ? 'true' : undefined}>
            <Link to={item.href} aria-current={item.id === activeId ? 'location' : undefined} data-toc={item.id}>
              {item.heading}
              {item.hidden ? <span className="visually-hidden"> (hidden by filter)</span> : null}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
