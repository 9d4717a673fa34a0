/**
 * Vite plugin: ingests seeds/*.txt into public/data before dev and build, and again in dev whenever a seed
 * changes (followed by a full reload). A seed that cannot be ingested fails the build, naming the file,
 * unless LEDE_SKIP_BROKEN=1 is set, in which case it is skipped with a warning and the rest are built.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { ingestFolder } from './ingest-files';

export function articlesPlugin(options: { seedsDir: string; dataDir: string }): Plugin {
  const { seedsDir, dataDir } = options;
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'lede-articles',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      const { written, failed } = ingestFolder(seedsDir, dataDir);
      for (const err of failed) {
        if (command === 'build' && process.env.LEDE_SKIP_BROKEN !== '1')
          this.error(`cannot ingest ${err.message} (set LEDE_SKIP_BROKEN=1 to skip broken seeds)`);
        this.warn(`skipped ${err.message}`);
      }
      this.info?.(`ingested ${written.length} article(s)`);
    },
    configureServer(server) {
      server.watcher.add(seedsDir);
      const onChange = (file: string) => {
        if (path.dirname(path.resolve(file)) !== path.resolve(seedsDir) || !file.endsWith('.txt')) return;
        const { failed } = ingestFolder(seedsDir, dataDir);
        for (const err of failed) server.config.logger.warn(`lede: skipped ${err.message}`);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
