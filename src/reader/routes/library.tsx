import { Link } from 'react-router-dom';
import { useArticleIndex } from '../api/get-article-index';
import { paths } from '../config/paths';

/** `/`: the bundled articles. */
export function LibraryRoute() {
  const index = useArticleIndex();
  if (index.isPending) return <p>Loading articles…</p>;
  if (index.isError) return <p role="alert">{index.error.message}</p>;
  return (
    <main>
      <h1>Lede</h1>
      <ul>
        {index.data.articles.map((a) => (
          <li key={a.id}>
            <Link to={paths.article.href(a.id)}>{a.headline}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
