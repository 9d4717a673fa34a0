/** Any path the reader does not know. */
import { Link, useLocation } from 'react-router-dom';
import { Notice } from '../components/notice';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { paths } from '../config/paths';
import { isolate } from '../lib/bidi';
import { clip } from '../lib/format';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <PageFrame>
      <main id={MAIN_ID} tabIndex={-1} className="library">
        <title>Page not found · Lede</title>
        <h1>Page not found</h1>
        <Notice title={`Nothing lives at “${isolate(clip(pathname, 80))}”.`}>
          <p>
            <Link to={paths.library.href()}>Go to the library</Link>
          </p>
        </Notice>
      </main>
    </PageFrame>
  );
}
