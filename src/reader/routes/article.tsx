import { useParams } from 'react-router-dom';
import { useArticle } from '../api/get-article';

/** `/a/:articleId`: the article (placeholder: headline and section headings). */
export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const article = useArticle(articleId);
  if (article.isPending) return <p>Loading article…</p>;
  if (article.isError) return <p role="alert">{article.error.message}</p>;
  const { headline, sections } = article.data;
  return (
    <main>
      <h1>{headline}</h1>
      {sections.slice(1).map((s) => (
        <section key={s.id} id={s.id}>
          <h2>{s.heading}</h2>
        </section>
      ))}
    </main>
  );
}
