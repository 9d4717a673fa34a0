/**
 * The batch ingest's cache: each seed's worker outcome (the article JSON and everything else the worker sends back),
 * stored under a content key, so a rebuild ingests only the seeds that changed. The key is the sha256 of the
 * pipeline's fingerprint (the schema version and every source and data file that shapes an outcome), the id the
 * batch gave the seed, and the seed's bytes: changing a seed, its id, the pipeline, the lexicon data or a dependency
 * gives a new key. An entry is two files: `<key>.json`, the article exactly as published (flushed to disk before
 * the entry is complete, so a batch may hard-link it into a generation instead of writing it again), and `<key>`,
 * the sha256 of the whole entry and the rest of the outcome. A torn, truncated or edited entry is a miss, never a
 * wrong article; every read or write failure is a miss too, never a failed batch.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../contract/article';
import type { IngestOutcome } from './ingest-pool';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A successful outcome: the only kind cached (a failure may be the file system's, and is cheap to meet again). */
export type IngestedOutcome = Extract<IngestOutcome, { ok: true }>;

/**
 * What shapes an outcome besides the seed: the pipeline with its lexicon data, the contract, the worker side of the
 * CLI, and the locked dependency versions. Folders are read recursively.
 */
const FINGERPRINTED = ['src/pipeline', 'src/contract', 'src/cli/ingest-worker.ts', 'src/cli/ingest-files.ts', 'src/cli/read-seed.ts', 'src/cli/file-error.ts', 'package-lock.json'];

/** Every file under `entry` (a file or a folder), as paths relative to `base`, sorted so the order never depends on the disk. */
function filesUnder(base: string, entry: string): string[] {
  const full = path.join(base, entry);
  if (!fs.statSync(full, { throwIfNoEntry: false })?.isDirectory()) return fs.existsSync(full) ? [entry] : [];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((name) => fs.statSync(path.join(base, name)).isFile())
    .sort();
}

/**
 * The pipeline's fingerprint: sha256 of the schema version and the path and bytes of every fingerprinted file under
 * `base` (the repository). Hashing the files themselves (about 1.5 MB, a few ms) rather than trusting a version
 * number means no edit can be forgotten: any change to the code or the data invalidates every entry.
 */
export function pipelineFingerprint(base = root): string {
  const hash = createHash('sha256').update(`schema ${SCHEMA_VERSION}\0`);
  for (const file of FINGERPRINTED.flatMap((entry) => filesUnder(base, entry))) hash.update(`${file.split(path.sep).join('/')}\0`).update(fs.readFileSync(path.join(base, file))).update('\0');
  return hash.digest('hex');
}

/** A seed's key: sha256 of the fingerprint, the id the batch gave it and its bytes (the id is part of the article). */
export function cacheKey(fingerprint: string, id: string, bytes: Uint8Array): string {
  return createHash('sha256').update(`${fingerprint}\0${id}\0`).update(bytes).digest('hex');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * An entry's two texts: the article JSON as it is, and a head holding the sha256 of both parts and the outcome without
 * its article (JSON.stringify never writes a line break), so a hit hands the article on without parsing it.
 */
export function encodeEntry({ json, ...rest }: IngestedOutcome): { head: string; json: string } {
  const meta = JSON.stringify(rest);
  return { head: `${sha256(`${meta}\n${json}`)}\n${meta}`, json };
}

/** The outcome an entry holds, or null when its parts do not match their hash or it is not an outcome for `id`. */
export function decodeEntry(head: string, json: string, id: string): IngestedOutcome | null {
  const end = head.indexOf('\n');
  if (end !== 64) return null;
  const meta = head.slice(end + 1);
  if (sha256(`${meta}\n${json}`) !== head.slice(0, end)) return null;
  try {
    const rest = JSON.parse(meta) as Partial<IngestedOutcome>;
    if (rest.ok !== true || rest.summary?.id !== id) return null;
    return { ...rest, json } as IngestedOutcome;
  } catch {
    return null;
  }
}

/** A hit: the outcome, and the file holding its article JSON (to link rather than copy). */
export type CacheHit = { outcome: IngestedOutcome; articleFile: string };

/** Unused entries older than this are removed after a run. */
const UNUSED_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Unused entries kept at least (another seeds folder built into the same store, an edit undone): the newest this many. */
const KEEP_UNUSED_AT_LEAST = 1000;
/** A temporary file older than this was left by a killed run. */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;
const TEMP = /\.tmp-\d+-[0-9a-f]+$/u;
/** The key an entry's file belongs to (`<key>` and `<key>.json`). */
const keyOf = (name: string) => name.replace(/\.json$/u, '');

/** The cache folder of a generation store: `<store>/ingest-cache/<2 hex>/<key>`, away from the generations. */
export const cacheDirFor = (storeDir: string) => path.join(storeDir, 'ingest-cache');

/** One store's cache. Reads are synchronous (the batch's main thread does nothing else meanwhile); writes are atomic. */
export class IngestCache {
  constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }

  /** The entry stored under `key` for `id`, or null (missing, unreadable, corrupt: all a miss). A hit refreshes its age. */
  read(key: string, id: string): CacheHit | null {
    const file = this.file(key);
    try {
      const outcome = decodeEntry(fs.readFileSync(file, 'utf8'), fs.readFileSync(`${file}.json`, 'utf8'), id);
      if (!outcome) return null;
      const now = new Date();
      fs.utimesSync(file, now, now);
      return { outcome, articleFile: `${file}.json` };
    } catch {
      return null;
    }
  }

  /**
   * Stores `outcome` under `key`, each part written to a temporary file and renamed: the article first, flushed to
   * disk (a generation may link it), then the head, so a reader sees a whole entry or a miss. Never rejects.
   */
  async write(key: string, outcome: IngestedOutcome): Promise<boolean> {
    const file = this.file(key);
    const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    const { head, json } = encodeEntry(outcome);
    try {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const handle = await fsp.open(`${file}.json${suffix}`, 'w');
      try {
        await handle.writeFile(json);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(`${file}.json${suffix}`, `${file}.json`);
      await fsp.writeFile(`${file}${suffix}`, head);
      await fsp.rename(`${file}${suffix}`, file);
      return true;
    } catch {
      await Promise.all([`${file}.json${suffix}`, `${file}${suffix}`].map((temp) => fsp.rm(temp, { force: true }).catch(() => undefined)));
      return false;
    }
  }

  /**
   * Keeps the cache bounded: removes entries this run did not use that are older than a week or beyond the newest
   * max(used, 1000), and temporary files killed runs left. Best effort: what cannot be removed now is tried next run.
   */
  prune(used: ReadonlySet<string>, now = Date.now()): number {
    // An entry's age is its head's (a hit refreshes it), so both parts of an entry go together.
    const entries = new Map<string, { files: string[]; at: number }>();
    let removed = 0;
    const remove = (file: string) => {
      fs.rmSync(file, { force: true });
      removed++;
    };
    const ageOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now;
    let shards: string[];
    try {
      shards = fs.readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      let names: string[];
      try {
        names = fs.readdirSync(path.join(this.dir, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        const file = path.join(this.dir, shard, name);
        if (TEMP.test(name)) {
          if (now - ageOf(file) > ABANDONED_TEMP_MS) remove(file);
          continue;
        }
        const key = keyOf(name);
        if (used.has(key)) continue;
        const entry = entries.get(key) ?? { files: [], at: 0 };
        entry.files.push(file);
        if (name === key || entry.at === 0) entry.at = ageOf(file);
        entries.set(key, entry);
      }
    }
    const unused = [...entries.values()].sort((a, b) => b.at - a.at);
    unused.forEach(({ files, at }, i) => {
      if (i >= Math.max(used.size, KEEP_UNUSED_AT_LEAST) || now - at > UNUSED_FOR_MS) files.forEach(remove);
    });
    return removed;
  }
}

/** The cache for a store, or null when LEDE_INGEST_CACHE=off (a cold run, for benchmarks) or the fingerprint cannot be read. */
export function openCache(storeDir: string, env: NodeJS.ProcessEnv = process.env): IngestCache | null {
  if (env.LEDE_INGEST_CACHE === 'off') return null;
  try {
    return new IngestCache(cacheDirFor(storeDir), pipelineFingerprint());
  } catch {
    return null;
  }
}
