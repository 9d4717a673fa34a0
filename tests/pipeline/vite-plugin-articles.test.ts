import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig, ViteDevServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../src/contract/article';
import { Generation, publishGeneration } from '../../src/cli/publish-data';
import { articlesPlugin, serialRunner } from '../../src/cli/vite-plugin-articles';
import { publishedSet, smallArticle } from './support/ingest-run';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'src/cli/ingest.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-plugin-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof articlesPlugin>, name: string) => plugin[name as keyof typeof plugin] as unknown as Hook;

/** A project folder: seeds/, public/data (the link), .tmp/data (the store) and dist/. */
function project(seeds: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(tmp, 'project-'));
  const options = { cli, seedsDir: path.join(dir, 'seeds'), dataDir: path.join(dir, 'public', 'data'), storeDir: path.join(dir, '.tmp', 'data') };
  fs.mkdirSync(options.seedsDir);
  for (const [name, content] of Object.entries(seeds)) fs.writeFileSync(path.join(options.seedsDir, name), content);
  const config = { command: 'build', root: dir, publicDir: path.join(dir, 'public'), build: { outDir: 'dist' } } as unknown as ResolvedConfig;
  return { dir, options, config };
}

/** Runs the plugin's build hooks with a seeds folder holding one good and one broken article. */
async function build(skipBroken: boolean) {
  const { options, config } = project({ 'good.txt': fs.readFileSync(path.join(root, 'seeds/000_3979cacfdab927d0.txt')), 'broken.txt': '\u0000\u0001' });
  const plugin = articlesPlugin(options);
  hook(plugin, 'configResolved')(config);
  const warnings: string[] = [];
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
    warn: (message: string) => warnings.push(message),
  };
  vi.stubEnv('LEDE_SKIP_BROKEN', skipBroken ? '1' : '');
  try {
    let failure: string | null = null;
    try {
      await hook(plugin, 'buildStart').call(context);
    } catch (err) {
      failure = (err as Error).message;
    }
    const articles = path.join(options.dataDir, 'articles');
    return { failure, warnings, written: fs.existsSync(articles) ? fs.readdirSync(articles) : [] };
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('the build with a broken seed', () => {
  it('fails, naming the file and the reason', async () => {
    const { failure } = await build(false);
    expect(failure).toMatch(/cannot ingest .*broken\.txt: looks binary .*LEDE_SKIP_BROKEN=1/u);
  });

  it('with LEDE_SKIP_BROKEN=1 warns about it and still writes the other articles', async () => {
    const { failure, warnings, written } = await build(true);
    expect(failure).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/skipped .*broken\.txt: looks binary/u)]);
    expect(written).toEqual(['good.json']);
  });
});

describe('the build while another ingest publishes', () => {
  it("dist/data is one complete set even if public/data was swapped after the build's own ingest", async () => {
    const { dir, options, config } = project({ 'one.txt': smallArticle(1, 'build') });
    const plugin = articlesPlugin(options);
    hook(plugin, 'configResolved')(config);
    await hook(plugin, 'buildStart').call({ error: (m: string) => expect.fail(m), warn: () => undefined });
    // Vite copies public/ here; then another ingest (a dev server's) publishes a different set.
    const dist = path.join(dir, 'dist', 'data');
    fs.cpSync(options.dataDir, dist, { recursive: true });
    const other = Generation.create(options.storeDir);
    await other.writeArticle('other', JSON.stringify({ id: 'other' }));
    await other.finish(JSON.stringify({ schemaVersion: 1, articles: [{ id: 'other' }] }));
    publishGeneration(other, options.dataDir, options.storeDir);

    await hook(plugin, 'writeBundle').call({ error: (m: string) => expect.fail(m) });
    expect(fs.readdirSync(path.join(dist, 'articles'))).toEqual(['other.json']);
    expect(fs.readFileSync(path.join(dist, 'index.json'), 'utf8')).toBe(fs.readFileSync(path.join(options.dataDir, 'index.json'), 'utf8'));
  });
});

describe('the previous build output', () => {
  it('is emptied while the ingest runs, as Vite would empty it, leaving nothing aside', async () => {
    const { dir, options, config } = project({ 'one.txt': smallArticle(1, 'build') });
    fs.mkdirSync(path.join(dir, 'dist', 'a', 'old'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'a', 'old', 'index.html'), 'old page');
    const plugin = articlesPlugin(options);
    hook(plugin, 'configResolved')(config);
    await hook(plugin, 'buildStart').call({ error: (m: string) => expect.fail(m), warn: () => undefined });
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '.tmp', 'old-builds'))).toBe(false);
    expect(publishedSet(options.dataDir).ids).toEqual(['one']);
  });

  it('is left alone when Vite is told not to empty it', async () => {
    const { dir, options, config } = project({ 'one.txt': smallArticle(1, 'build') });
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'keep.txt'), 'kept');
    const plugin = articlesPlugin(options);
    hook(plugin, 'configResolved')({ ...config, build: { ...config.build, emptyOutDir: false } });
    await hook(plugin, 'buildStart').call({ error: (m: string) => expect.fail(m), warn: () => undefined });
    expect(fs.readFileSync(path.join(dir, 'dist', 'keep.txt'), 'utf8')).toBe('kept');
  });
});

describe('re-ingests in dev', () => {
  it('run one at a time: a request during a run queues one more run, and further requests join it', async () => {
    const gates: (() => void)[] = [];
    let started = 0;
    const request = serialRunner(() => {
      const n = ++started;
      return new Promise<number>((resolve) => gates.push(() => resolve(n)));
    });
    const first = request();
    const second = request();
    const third = request();
    expect(started).toBe(1);
    expect(second).toBe(third);
    gates[0]!();
    expect(await first).toBe(1);
    await vi.waitFor(() => expect(started).toBe(2));
    gates[1]!();
    expect(await second).toBe(2);
    expect(started).toBe(2);
  });

  it('a published set of an older schema version is not served: dev waits for the first run to replace it', async () => {
    const { options } = project({ 'one.txt': smallArticle(1, 'current') });
    const stale = Generation.create(options.storeDir);
    await stale.writeArticle('stale', JSON.stringify({ id: 'stale' }));
    await stale.finish(JSON.stringify({ schemaVersion: SCHEMA_VERSION - 1, articles: [{ id: 'stale' }] }));
    publishGeneration(stale, options.dataDir, options.storeDir);

    await hook(articlesPlugin(options), 'config')({}, { command: 'serve', mode: 'development', isPreview: false });
    expect(publishedSet(options.dataDir)).toMatchObject({ ids: ['one'], problems: [] });
  });

  it('a changed seed is re-ingested in the background: the previous set is served until the new one is published, then the page reloads', async () => {
    const { options } = project({ 'one.txt': smallArticle(1, 'before') });
    const plugin = articlesPlugin(options);
    // Nothing is published yet: the first run completes before the server starts.
    await hook(plugin, 'config')({}, { command: 'serve', mode: 'development', isPreview: false });
    const before = publishedSet(options.dataDir);
    expect(before.ids).toEqual(['one']);

    const watcher = new EventEmitter() as EventEmitter & { add: (p: string) => void };
    watcher.add = () => undefined;
    const send = vi.fn();
    const warn = vi.fn();
    hook(plugin, 'configureServer')({ watcher, ws: { send }, config: { logger: { warn } } } as unknown as ViteDevServer);

    fs.writeFileSync(path.join(options.seedsDir, 'two.txt'), smallArticle(2, 'after'));
    watcher.emit('add', path.join(options.seedsDir, 'two.txt'));
    // The run is a child process: until it publishes, the old set is what is served, and no reload is sent.
    expect(publishedSet(options.dataDir).digest).toBe(before.digest);
    expect(send).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }), { timeout: 60_000, interval: 100 });
    expect(publishedSet(options.dataDir).ids).toEqual(['one', 'two']);
    expect(warn).not.toHaveBeenCalled();
  });
});
