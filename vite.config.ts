import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { articlesPlugin } from './src/cli/vite-plugin-articles.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  base: process.env.LEDE_BASE ?? '/',
  plugins: [
    react(),
    ...(process.env.VITEST ? [] : [articlesPlugin({ cli: path.join(root, 'src/cli/ingest.ts'), seedsDir: path.join(root, 'seeds'), dataDir: path.join(root, 'public', 'data') })]),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'pipeline', environment: 'node', include: ['tests/pipeline/**/*.test.ts', 'tests/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'reader',
          environment: 'jsdom',
          include: ['tests/reader/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/reader/setup.ts'],
        },
      },
    ],
  },
});
