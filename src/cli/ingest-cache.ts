/**
 * The batch ingest's cache: each seed's worker outcome (the article JSON and everything else the worker sends back),
 * stored under a content key, so a rebuild ingests only the seeds that changed. The key is the sha256 of the
 * pipeline's fingerprint (the schema version and every source and data file that shapes an outcome), the id the
 * batch gave the seed, and the seed's bytes: changing a seed, its id, the pipeline, the lexicon data or a dependency
 * gives a new key. An entry carries the sha256 of its own content, so a torn, truncated or edited entry is a miss,
 * never a wrong article; every read or write failure is a miss too, never a failed batch.
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
 * An entry's bytes: the sha256 of the rest, then the outcome without its article JSON, then the article JSON, one
 * line each (JSON.stringify never writes a line break), so a hit hands the article on without parsing it.
 */
export function encodeEntry({ json, ...rest }: IngestedOutcome): string {
  const body = `${JSON.stringify(rest)}\n${json}`;
  return `${sha256(body)}\n${body}`;
}

/** The outcome an entry holds, or null when it is not intact or not an outcome for `id`. */
export function decodeEntry(text: string, id: string): IngestedOutcome | null {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  if (first !== 64 || second < 0) return null;
  const body = text.slice(first + 1);
  if (sha256(body) !== text.slice(0, first)) return null;
  try {
    const rest = JSON.parse(text.slice(first + 1, second)) as Partial<IngestedOutcome>;
    if (rest.ok !== true || rest.summary?.id !== id) return null;
    return { ...rest, json: text.slice(second + 1) } as IngestedOutcome;
  } catch {
    return null;
  }
}

/** Unused entries older than this are removed after a run. */
const UNUSED_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Unused entries kept at least (another seeds folder built into the same store, an edit undone): the newest this many. */
const KEEP_UNUSED_AT_LEAST = 1000;
/** A temporary file older than this was left by a killed run. */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;
const TEMP = /\.tmp-\d+-[0-9a-f]+$/u;

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

  /** The outcome stored under `key` for `id`, or null (missing, unreadable, corrupt: all a miss). A hit refreshes its age. */
  read(key: string, id: string): IngestedOutcome | null {
    const file = this.file(key);
    try {
      const outcome = decodeEntry(fs.readFileSync(file, 'utf8'), id);
      if (outcome) {
        const now = new Date();
        fs.utimesSync(file, now, now);
      }
      return outcome;
    } catch {
      return null;
    }
  }

  /** Stores `outcome` under `key`: written to a temporary file, then renamed, so a reader sees all of it or nothing. Never rejects. */
  async write(key: string, outcome: IngestedOutcome): Promise<boolean> {
    const file = this.file(key);
    const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await fsp.writeFile(temp, encodeEntry(outcome));
      await fsp.rename(temp, file);
      return true;
    } catch {
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      return false;
    }
  }

  /**
   * Keeps the cache bounded: removes entries this run did not use that are older than a week or beyond the newest
   * max(used, 1000), and temporary files killed runs left. Best effort: what cannot be removed now is tried next run.
   */
  prune(used: ReadonlySet<string>, now = Date.now()): { kept: number; removed: number } {
    const unused: { file: string; at: number }[] = [];
    let removed = 0;
    const remove = (file: string) => {
      fs.rmSync(file, { force: true });
      removed++;
    };
    let shards: string[];
    try {
      shards = fs.readdirSync(this.dir);
    } catch {
      return { kept: 0, removed: 0 };
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
        if (used.has(name)) continue;
        const at = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now;
        if (TEMP.test(name)) {
          if (now - at > ABANDONED_TEMP_MS) remove(file);
        } else if (now - at > UNUSED_FOR_MS) remove(file);
        else unused.push({ file, at });
      }
    }
    unused.sort((a, b) => b.at - a.at);
    for (const { file } of unused.slice(Math.max(used.size, KEEP_UNUSED_AT_LEAST))) remove(file);
    return { kept: used.size + Math.min(unused.length, Math.max(used.size, KEEP_UNUSED_AT_LEAST)), removed };
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
