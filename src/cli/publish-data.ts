/**
 * Publishing the app's data atomically. Each ingest run writes a complete, fsync'd generation folder
 * (`<store>/g-…/articles/*.json` and `index.json`, the index last) away from the served folder, then swaps the
 * served path (`public/data`), a relative symlink to the current generation, with one rename(2) of a new link over
 * it. Readers therefore see the old complete set or the new one, never a mix or a half-written file: a run that is
 * killed, runs out of disk or fails leaves the previous link untouched. Runs never write into each other's folders,
 * so two at once are safe; the last to swap wins. Replaced and abandoned generations are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_VERSION } from '../contract/article.ts';
import { describeIoError, FileError } from './file-error.ts';

/** Entries a run creates in the store, each carrying its writer's pid: generations, temporary links, moved legacy folders. */
const STORE_ENTRY = /^(?:g-[0-9a-z]+|\.link|legacy)-(\d+)-[0-9a-f]+$/u;
/** An entry whose writer is still alive is kept this long at most (a pid can be reused after a reboot). */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
/** Generations this process is still writing: never swept, even though their pid is alive and ours. */
const writing = new Set<string>();

const uniqueSuffix = () => `${process.pid}-${randomBytes(4).toString('hex')}`;

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs a file-system step, turning its failure into one `FILE: reason` line. */
function io<T>(file: string, what: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError(file, `${what} (${describeIoError(err)})`);
  }
}

async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  try {
    const handle = await fsp.open(file, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new FileError(file, `cannot be written (${describeIoError(err)})`);
  }
}

/** One run's data set, written away from the served folder until it is published. */
export class Generation {
  /** Folders written so far besides articles/ (flushed by finish). */
  private readonly folders = new Set<string>();
  /** The published generation, whose unchanged collection files are linked rather than written again (reuseFrom). */
  private previous: string | null = null;

  private constructor(readonly dir: string) {}

  /** A new, empty generation folder in `storeDir` (created if needed). */
  static create(storeDir: string): Generation {
    io(storeDir, 'cannot be created', () => fs.mkdirSync(storeDir, { recursive: true }));
    const dir = path.join(fs.realpathSync(storeDir), `g-${Date.now().toString(36)}-${uniqueSuffix()}`);
    writing.add(dir);
    io(dir, 'cannot be created', () => fs.mkdirSync(path.join(dir, 'articles'), { recursive: true }));
    return new Generation(dir);
  }

  writeArticle(id: string, json: string): Promise<void> {
    return writeDurably(path.join(this.dir, 'articles', `${id}.json`), json);
  }

  /**
   * Puts an article in as a hard link to `source`, a file already on disk holding exactly `json` (the ingest cache's
   * copy): no bytes written, nothing to flush but the folder, which finish() does. Writes `json` when it cannot link.
   */
  async linkArticle(id: string, source: string, json: string): Promise<void> {
    const file = path.join(this.dir, 'articles', `${id}.json`);
    try {
      await fsp.link(source, file);
    } catch {
      await writeDurably(file, json);
    }
  }

  /**
   * Makes collection files that `dir` (the generation published now) holds with the very same bytes hard links to
   * it: after a one-seed change most entity files are unchanged, and a link costs no write and no flush of its own.
   */
  reuseFrom(dir: string | null): void {
    this.previous = dir && dir !== this.dir ? dir : null;
  }

  /** Writes one collection file (`collection/<folder>/<name>.json`, or `collection/<name>.json` without a folder). */
  async writeCollectionFile(folder: string | null, name: string, json: string): Promise<void> {
    const relative = folder ? path.join('collection', folder) : 'collection';
    const dir = path.join(this.dir, relative);
    if (!this.folders.has(dir)) {
      io(dir, 'cannot be created', () => fs.mkdirSync(dir, { recursive: true }));
      // The folder and those above it are new entries to flush.
      for (let up = dir; up.startsWith(path.join(this.dir, 'collection')); up = path.dirname(up)) this.folders.add(up);
    }
    const file = path.join(dir, `${name}.json`);
    if (this.previous) {
      const old = path.join(this.previous, relative, `${name}.json`);
      try {
        // Already on disk, flushed when its generation was written; a run sweeping it meanwhile makes this a write.
        if ((await fsp.readFile(old, 'utf8')) === json) return await fsp.link(old, file);
      } catch {
        // Not there, or swept meanwhile: written below.
      }
    }
    return writeDurably(file, json);
  }

  /**
   * Writes any other file of the data set at `relative` (a `/`-separated path inside the generation, such as
   * `library.json` or `pagefind/index/en_1.pf_index`), creating its folders.
   */
  writeDataFile(relative: string, data: string | Uint8Array): Promise<void> {
    const file = path.resolve(this.dir, relative);
    if (!file.startsWith(`${this.dir}${path.sep}`)) throw new FileError(file, 'is outside the data set');
    const dir = path.dirname(file);
    if (!this.folders.has(dir)) {
      io(dir, 'cannot be created', () => fs.mkdirSync(dir, { recursive: true }));
      for (let up = dir; up !== this.dir && up.startsWith(this.dir); up = path.dirname(up)) this.folders.add(up);
    }
    return writeDurably(file, data);
  }

  /** Writes the index last, then flushes the folders, so a published generation is complete on disk. */
  async finish(indexJson: string): Promise<void> {
    await writeDurably(path.join(this.dir, 'index.json'), indexJson);
    for (const dir of [path.join(this.dir, 'articles'), ...this.folders, this.dir, path.dirname(this.dir)]) io(dir, 'cannot be flushed', () => fsyncPath(dir));
  }

  /** Removes an unpublished generation (after a failure). */
  discard(): void {
    writing.delete(this.dir);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** Called once the generation is published (or given up): it may be swept from now on once it is not current. */
  done(): void {
    writing.delete(this.dir);
  }
}

/** The real folder `outDir` serves now, or null when there is none. */
export function currentDataDir(outDir: string): string | null {
  try {
    return fs.realpathSync(outDir);
  } catch {
    return null;
  }
}

/**
 * Whether `outDir` already serves a complete data set (an index, which a generation gets last) that this build can
 * read: a set of another schema version (from an older checkout) is not ready, so dev waits for the new one
 * rather than serving pages that can only show a version error.
 */
export function hasPublishedData(outDir: string): boolean {
  try {
    const index: unknown = JSON.parse(fs.readFileSync(path.join(outDir, 'index.json'), 'utf8'));
    return typeof index === 'object' && index !== null && 'schemaVersion' in index && index.schemaVersion === SCHEMA_VERSION;
  } catch {
    return false;
  }
}

/** Creates a symlink to `target` and renames it onto `outDir`: in the store when it shares outDir's file system, else beside outDir. */
function swapLink(target: string, outDir: string, storeDir: string): void {
  const tryIn = (folder: string, name: string) => {
    const temp = path.join(folder, name);
    fs.symlinkSync(target, temp);
    try {
      fs.renameSync(temp, outDir);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw err;
    }
  };
  try {
    tryIn(storeDir, `.link-${uniqueSuffix()}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    tryIn(path.dirname(outDir), `.${path.basename(outDir)}.link-${uniqueSuffix()}`);
  }
}

/** Moves a real `outDir` folder (left by an older version) into the store, so a link can take its place. */
function moveLegacyFolder(outDir: string, storeDir: string): string | null {
  const aside = path.join(storeDir, `legacy-${uniqueSuffix()}`);
  try {
    fs.renameSync(outDir, aside);
    return aside;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null; // another run moved it first
    if (code !== 'EXDEV') throw err;
    fs.rmSync(outDir, { recursive: true, force: true });
    return null;
  }
}

/**
 * Makes `gen` the data `outDir` serves, in one rename, then removes the generation it replaced and any abandoned
 * store entries. A real folder at `outDir` (from before generations) is moved aside first: the only moment, once,
 * when `outDir` briefly does not exist.
 */
export function publishGeneration(gen: Generation, outDir: string, storeDir: string): void {
  const parent = path.dirname(outDir);
  io(parent, 'cannot be created', () => fs.mkdirSync(parent, { recursive: true }));
  const store = fs.realpathSync(storeDir);
  const target = path.relative(fs.realpathSync(parent), gen.dir);
  const before = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (before && !before.isSymbolicLink() && !before.isDirectory()) throw new FileError(outDir, 'is in the way: it is neither the data folder nor a link to it');
  const replaced = before?.isSymbolicLink() ? currentDataDir(outDir) : null;
  const legacy = before?.isDirectory() ? io(outDir, 'cannot be moved aside', () => moveLegacyFolder(outDir, store)) : null;
  io(outDir, 'cannot be published', () => swapLink(target, outDir, store));
  io(parent, 'cannot be flushed', () => fsyncPath(parent));
  gen.done();
  for (const old of [replaced, legacy]) if (old && path.dirname(old) === store && STORE_ENTRY.test(path.basename(old))) fs.rmSync(old, { recursive: true, force: true });
  sweepStore(store, outDir);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes store entries that are not current and can never become current: left by a process that is gone
 * (killed mid-run), by this process (replaced by a concurrent run), or abandoned for a day. Entries of live
 * writers are kept: they may be about to publish. Best effort: what cannot be removed now is tried next run.
 */
function sweepStore(storeDir: string, outDir: string): void {
  const current = currentDataDir(outDir);
  let names: string[];
  try {
    names = fs.readdirSync(storeDir);
  } catch {
    return;
  }
  for (const name of names) {
    const entry = path.join(storeDir, name);
    const pid = Number(STORE_ENTRY.exec(name)?.[1]);
    if (!pid || entry === current || writing.has(entry)) continue;
    const age = Date.now() - (fs.lstatSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (pid === process.pid || !isAlive(pid) || age > ABANDONED_AFTER_MS) fs.rmSync(entry, { recursive: true, force: true });
  }
}

/**
 * What is wrong with a published data set, as lines (none when it is complete): the index parses, every entry has
 * its `articles/<id>.json` holding that id, no id is listed twice and no article file is left unlisted.
 */
export function checkDataSet(dir: string): string[] {
  let index: { articles?: { id?: unknown }[] };
  try {
    index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
  } catch (err) {
    return [`index.json: ${err instanceof SyntaxError ? `not valid JSON (${err.message})` : describeIoError(err)}`];
  }
  const ids = (index.articles ?? []).map((a) => String(a.id));
  const problems: string[] = [];
  const files = new Set(fs.existsSync(path.join(dir, 'articles')) ? fs.readdirSync(path.join(dir, 'articles')) : []);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) return void problems.push(`index.json: id "${id}" is listed twice`);
    const file = `${id}.json`;
    if (!files.delete(file)) return void problems.push(`articles/${file}: missing`);
    try {
      const article = JSON.parse(fs.readFileSync(path.join(dir, 'articles', file), 'utf8')) as { id?: unknown };
      if (article.id !== id) problems.push(`articles/${file}: holds id "${String(article.id)}"`);
    } catch (err) {
      problems.push(`articles/${file}: ${err instanceof SyntaxError ? 'not valid JSON' : describeIoError(err)}`);
    }
  });
  for (const extra of files) problems.push(`articles/${extra}: not in the index`);
  return [...problems, ...checkCollection(dir, ids)];
}

/**
 * What is wrong with a data set's collection (none when it has none, as older sets): every story of the index has
 * its `collection/stories/<id>.json` and every entity of `collection/entities.json` its `collection/entities/<key>.json`.
 */
function checkCollection(dir: string, storyIds: string[]): string[] {
  const listFile = path.join(dir, 'collection', 'entities.json');
  if (!fs.existsSync(listFile)) return [];
  let list: { entities?: { key?: unknown }[] };
  try {
    list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  } catch (err) {
    return [`collection/entities.json: ${err instanceof SyntaxError ? 'not valid JSON' : describeIoError(err)}`];
  }
  const problems: string[] = [];
  for (const id of storyIds) if (!fs.existsSync(path.join(dir, 'collection', 'stories', `${id}.json`))) problems.push(`collection/stories/${id}.json: missing`);
  for (const { key } of list.entities ?? []) if (!fs.existsSync(path.join(dir, 'collection', 'entities', `${String(key)}.json`))) problems.push(`collection/entities/${String(key)}.json: missing`);
  return problems;
}
