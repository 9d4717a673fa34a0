/**
 * Vite plugin: runs the ingest CLI (`src/cli/ingest.ts`) before dev and build, and again in dev whenever a seed
 * changes (then reloads the page). The CLI runs in its own process, so NLP libraries never load into Vite.
 * A seed that cannot be ingested fails the build, naming the file, unless LEDE_SKIP_BROKEN=1 is set: then it is
 * skipped with a warning and the other articles are still built.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Plugin } from 'vite';

type Options = { cli: string; seedsDir: string; dataDir: string };

function runIngest({ cli, seedsDir, dataDir }: Options): { ok: boolean; errors: string[]; summary: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--seeds', seedsDir, '--out', dataDir], { encoding: 'utf8' });
  const lines = (result.stderr ?? '').split('\n').filter(Boolean);
  const summary = lines.find((l) => l.startsWith('ingested ')) ?? '';
  return { ok: result.status === 0, errors: lines.filter((l) => l !== summary), summary };
}

export function articlesPlugin(options: Options): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'lede-articles',
    // Dev: write the data before Vite lists the public folder (it caches that list when the server starts).
    config(_config, env) {
      if (env.command === 'serve' && !env.isPreview) for (const line of runIngest(options).errors) console.warn(`lede: skipped ${line}`);
    },
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return;
      const { ok, errors, summary } = runIngest(options);
      if (!ok && errors.length === 0) this.error(`ingest failed without a message (${summary || 'no output'})`);
      for (const line of errors) {
        if (process.env.LEDE_SKIP_BROKEN !== '1')
          this.error(`cannot ingest ${line} (set LEDE_SKIP_BROKEN=1 to skip broken seeds)`);
        this.warn(`skipped ${line}`);
      }
    },
    configureServer(server) {
      server.watcher.add(options.seedsDir);
      const onChange = (file: string) => {
        if (path.dirname(path.resolve(file)) !== path.resolve(options.seedsDir) || !file.endsWith('.txt')) return;
        for (const line of runIngest(options).errors) server.config.logger.warn(`lede: skipped ${line}`);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}
