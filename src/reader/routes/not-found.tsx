/** Any path the reader does not know. */
import { Link, useLocation } from 'react-router-dom';
import { Notice } from '../components/notice';
import { PageFrame } from '../components/page-frame';
import { paths } from '../config/paths';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <PageFrame>
      <main id="lede-main" tabIndex={-1} className="library">
        <title>Page not found · Lede</title>
        <h1>Page not found</h1>
        <Notice title={`Nothing lives at “${pathname.length > 80 ? `${pathname.slice(0, 80)}…` : pathname}”.`}>
          <p>
            <Link to={paths.library.href()}>Go to the library</Link>
          </p>
        </Notice>
      </main>
    </PageFrame>
  );
}
