/**
 * The `/read` page's worker: one per tab, started when the page first opens and warmed at once, so the pipeline
 * is loaded by the time a story is pasted; kept across visits to the page.
 */
import { useEffect } from 'react';
import { createReadWorkerClient, type ReadWorkerClient } from '../lib/read-worker-client';

let shared: ReadWorkerClient | null = null;

/** The tab's worker client, warmed when the calling component mounts. */
export function useReadWorker(): ReadWorkerClient {
  const client = (shared ??= createReadWorkerClient());
  useEffect(() => client.warm(), [client]);
  return client;
}
