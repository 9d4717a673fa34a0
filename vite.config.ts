import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { articlesPlugin } from './src/cli/vite-plugin-articles.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The built pages' Content-Security-Policy: nothing from other origins, no inline scripts, no eval. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the CSP to built pages only: the dev server needs inline scripts for hot reload. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'lede-csp',
  apply: 'build',
  // Right after the charset, before any script or style it governs.
  transformIndexHtml: (html) =>
    html.replace(/<meta charset="UTF-8" \/>/u, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

export default defineConfig({
  base: process.env.LEDE_BASE ?? '/',
  plugins: [
    react(),
    contentSecurityPolicy(),
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
