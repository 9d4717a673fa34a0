// The module Web Worker behind `/read`: runs the pipeline off the main thread, one request at a time, in order.
/// <reference lib="webworker" />
import type { WorkerRequest, WorkerResponse } from '../contract/local-read';
import { readStory, warmUp } from './read-story';

declare const self: DedicatedWorkerGlobalScope;

const reply = (response: WorkerResponse) => self.postMessage(response);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warm') reply({ type: 'warm', ms: warmUp() });
  else if (request.type === 'read') reply(readStory(request));
});
