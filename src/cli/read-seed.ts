/**
 * Reading a seed safely, without the pipeline (so the batch's main thread can read and hash seeds): regular files
 * only, at most MAX_ARTICLE_BYTES (MAX_PAGE_BYTES for a saved page), a text seed decoded from UTF-8 or BOM-marked
 * UTF-16, every failure a FileError naming the file.
 */
import fs from 'node:fs';
import { FileError } from './file-error';
import { isPageName } from './seed-names';

/** The largest seed read, checked from the file's size before a byte of it is read. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** The largest saved page read: pages carry their markup, scripts and styles around the story. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** The size cap of a seed, by its kind, and the word its messages use for it. */
const capOf = (file: string) => (isPageName(file) ? { limit: MAX_PAGE_BYTES, what: 'page' } : { limit: MAX_ARTICLE_BYTES, what: 'article' });

/** Why a file that is not a regular file is refused, or null for a regular file. */
function notRegular(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a folder, not an article file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file is not read at all: not a regular file, or over the size cap. Null when it may be read. */
function refusal(stat: fs.Stats, { limit, what }: { limit: number; what: string }): string | null {
  return notRegular(stat) ?? (stat.size > limit ? `is ${megabytes(stat.size)}, over the ${megabytes(limit)} limit for one ${what}` : null);
}

/** stat() that follows links, with a reason for each way it can fail. */
function statSeed(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ? fail(file, 'is a link to a missing file') : fail(file, 'no such file');
    if (code === 'ELOOP') return fail(file, 'is a link that loops');
    return fail(file, `cannot be read (${code ?? String(err)})`);
  }
}

function fail(file: string, reason: string): never {
  throw new FileError(file, reason);
}

/**
 * Reads at most the size cap of a regular file (a seed's raw bytes). Only regular files are opened (links are followed), the size is
 * checked before reading, and the open is non-blocking and re-checked on the descriptor, so a FIFO swapped in after
 * the stat can neither block the open nor be read.
 */
export function readSeedBytes(file: string): Buffer {
  const cap = capOf(file);
  const refused = refusal(statSeed(file), cap);
  if (refused) fail(file, refused);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (err) {
    return fail(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    const changed = refusal(fs.fstatSync(fd), cap);
    if (changed) fail(file, changed);
    // Read to the end rather than to the size seen, but never past the limit: the file may grow meanwhile.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(256 * 1024);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > cap.limit) fail(file, `grew past the ${megabytes(cap.limit)} limit for one ${cap.what} while being read`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof FileError) throw err;
    return fail(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * UTF-16 saved without a byte-order mark: NUL bytes only at odd offsets (LE) or only at even ones (BE), and read so
 * the text has spaces or line breaks and no control characters. Binary data almost never passes all three.
 */
function looksLikeUtf16WithoutBom(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  const nulAt = (parity: number) => bytes.some((b, i) => b === 0 && i % 2 === parity);
  for (const [encoding, textParity] of [['utf-16le', 0], ['utf-16be', 1]] as const) {
    if (nulAt(textParity)) continue;
    const text = new TextDecoder(encoding).decode(bytes);
    if (/[ \n]/u.test(text) && !/(?![\t\n\r\f])\p{Cc}/u.test(text)) return true;
  }
  return false;
}

/** Decodes a seed: UTF-8 (a BOM is dropped), or UTF-16 LE/BE when it starts with their byte-order mark. */
export function decodeSeed(file: string, bytes: Buffer): string {
  const decode = (encoding: 'utf-8' | 'utf-16le' | 'utf-16be', name: string) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return fail(file, `is not valid ${name} text`);
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) fail(file, 'is UTF-32 text: save it as UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 'UTF-16 LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 'UTF-16 BE');
  if (bytes.includes(0)) {
    if (looksLikeUtf16WithoutBom(bytes)) fail(file, 'looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)');
    fail(file, 'looks binary (contains NUL bytes), not article text');
  }
  return decode('utf-8', 'UTF-8');
}

/** Reads a seed's text: regular files only, at most MAX_ARTICLE_BYTES, in UTF-8 or BOM-marked UTF-16. */
export function readSeedText(file: string): string {
  return decodeSeed(file, readSeedBytes(file));
}

