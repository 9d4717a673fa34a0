/** The one error the CLI reports about a file: `FILE: reason` on one line, the name quoted when it is unsafe to print. */
import { quoteFileName } from './seed-names.ts';

/** Everything the CLI can report about one file, as one line: `FILE: reason`. */
export class FileError extends Error {
  override name = 'FileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${quoteFileName(file)}: ${reason}`);
  }
}

/** "ENOSPC: no space left on device, write" → "ENOSPC: no space left on device"; the code alone when that is all there is. */
export function describeIoError(err: unknown): string {
  const { code, message } = (err ?? {}) as NodeJS.ErrnoException;
  if (typeof message === 'string' && code && message.startsWith(`${code}:`)) return message.split(',')[0]!;
  return code ?? String(err);
}
