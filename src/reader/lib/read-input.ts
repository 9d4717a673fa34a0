/**
 * The checks `/read` makes on its input before the worker sees it (pure): which files it takes, how big, what an
 * empty paste is, and the local ids stories get. The worker checks the limits again (src/worker/read-story.ts).
 */
import { MAX_LOCAL_PAGE_BYTES, MAX_LOCAL_TEXT_BYTES, type LocalInputKind } from '../../contract/local-read';

/** The name a pasted text goes by in messages ("Pasted text: is empty"), as a file's name does. */
export const PASTED_TEXT = 'Pasted text';

/** The file types the picker offers (the drop zone takes the same). */
export const ACCEPTED_FILES = '.txt,.html,.htm,text/plain,text/html';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const limitOf = (kind: LocalInputKind) => (kind === 'html' ? MAX_LOCAL_PAGE_BYTES : MAX_LOCAL_TEXT_BYTES);
const overLimit = (size: number, kind: LocalInputKind) =>
  `is ${megabytes(size)}, over the ${megabytes(limitOf(kind))} limit for one ${kind === 'html' ? 'page' : 'story'} read here`;

/** A file's route by its extension: `.txt` the text route, `.html`/`.htm` the HTML route; null for anything else. */
export function fileKind(name: string): LocalInputKind | null {
  if (/\.txt$/iu.test(name)) return 'text';
  if (/\.html?$/iu.test(name)) return 'html';
  return null;
}

/** A paste that is a whole page's source (`<!doctype html>` or `<html>` first) goes the HTML route. */
export function pasteKind(text: string): LocalInputKind {
  return /^\s*<(?:!doctype\s+html|html[\s>])/iu.test(text.slice(0, 1024)) ? 'html' : 'text';
}

/** Why a paste cannot be read (a reason that follows PASTED_TEXT), or null. */
export function checkPaste(text: string): string | null {
  const kind = pasteKind(text);
  // A string's length bounds its UTF-8 size from below: a huge paste is refused before it is measured.
  if (text.length > limitOf(kind)) return overLimit(new Blob([text]).size, kind);
  if (text.trim() === '') return 'is empty: paste a story’s text, or choose a file';
  const size = new Blob([text]).size;
  return size > limitOf(kind) ? overLimit(size, kind) : null;
}

/** Why a chosen or dropped file cannot be read (a reason that follows its name), or null. */
export function checkFile(file: { name: string; size: number }): string | null {
  const kind = fileKind(file.name);
  if (!kind) return 'is not a .txt or .html file';
  if (file.size === 0) return 'is empty';
  return file.size > limitOf(kind) ? overLimit(file.size, kind) : null;
}

/** `NAME: reason`, the shape of every input message (as the CLI's error lines). */
export const inputMessage = (name: string, reason: string) => `${name}: ${reason}`;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 12;

/**
 * A new local id: 12 random letters and digits (62 bits). Random, not a slug of the headline, so a reload of
 * `/read/<id>`, which asks the server for that path, carries nothing of the story.
 */
export function newLocalId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  // 252 is the largest multiple of 36 below 256: bytes above it are redrawn, so every character is equally likely.
  let id = '';
  while (id.length < ID_LENGTH) {
    for (const byte of random(new Uint8Array(ID_LENGTH))) if (byte < 252 && id.length < ID_LENGTH) id += ID_ALPHABET[byte % 36];
  }
  return id;
}

/** Whether a URL's local id has the shape newLocalId gives (anything else is not looked up). */
export const isLocalId = (id: string) => /^[a-z0-9]{12}$/u.test(id);

/** The file name a story's seed is offered under: the name it came with, or one made from its local id. */
export function seedFileName(fileName: string | null, localId: string, kind: LocalInputKind): string {
  return fileName ?? `lede-${localId}.${kind === 'html' ? 'html' : 'txt'}`;
}
