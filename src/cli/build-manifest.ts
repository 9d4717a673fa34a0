/**
 * Vite's build manifest (dist/.vite/manifest.json), read the same way by the prerender (which preloads each page's
 * route chunks) and `npm run size` (which counts them): the reader's route modules, and the chunks a module needs.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; assets?: string[] };
export type Manifest = Record<string, Chunk>;

/** Each page's route module (src/reader/routes/routes.tsx loads each as a chunk of its own). */
export const ROUTE_MODULES = {
  library: 'src/reader/routes/library.tsx',
  story: 'src/reader/routes/article.tsx',
  entity: 'src/reader/routes/entity.tsx',
  read: 'src/reader/routes/read.tsx',
} as const;

/** The manifest of the build in `dist`, or null when the build wrote none. */
export function readManifest(dist: string): Manifest | null {
  const file = path.join(dist, '.vite', 'manifest.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : null;
}

/**
 * The chunk of `key` and every chunk it imports statically, recursively, in the order first met; a chunk for which
 * `loaded` says true (the page has it already) is left out with what it imports.
 */
export function chunksOf(manifest: Manifest, key: string, loaded: (chunk: Chunk) => boolean): Chunk[] {
  const found = new Map<string, Chunk>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || found.has(chunk.file) || loaded(chunk)) return;
    found.set(chunk.file, chunk);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return [...found.values()];
}
