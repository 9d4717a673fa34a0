/** Worker side of bounded-ingest.ts: ingests each text it is sent and answers with the result and the time it took. */
import { parentPort } from 'node:worker_threads';
import { ingestArticle, InputError } from '../../../src/pipeline/ingest-article';

parentPort?.on('message', (raw: string) => {
  const started = performance.now();
  try {
    const article = ingestArticle(raw, 'fuzz');
    parentPort?.postMessage({ kind: 'article', article, ms: performance.now() - started });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    parentPort?.postMessage({ kind: err instanceof InputError ? 'input-error' : 'crash', message, ms: performance.now() - started });
  }
});
