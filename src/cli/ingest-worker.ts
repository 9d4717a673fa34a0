/** Worker side of ingest-pool.ts: loads the pipeline once, then reads, ingests and validates each seed it is sent. */
import { parentPort } from 'node:worker_threads';
import { summariseArticle } from '../contract/article';
import { storySearchText } from '../pipeline/collection/search-records';
import { digestStory } from '../pipeline/collection/story-digest';
import { FileError, ingestFile } from './ingest-files';
import type { IngestJob, IngestOutcome } from './ingest-pool';

const port = parentPort!;
port.on('message', ({ file, id, bytes }: IngestJob) => {
  let outcome: IngestOutcome;
  try {
    const article = ingestFile(file, id, bytes);
    // Serialised here, in parallel, rather than cloned to the main thread and serialised there.
    outcome = { ok: true, json: JSON.stringify(article), summary: summariseArticle(article), digest: digestStory(article), text: storySearchText(article) };
  } catch (err) {
    outcome = { ok: false, reason: err instanceof FileError ? err.reason : `pipeline failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  port.postMessage(outcome);
});
port.postMessage('ready');
