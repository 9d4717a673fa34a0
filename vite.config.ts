import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { articlesPlugin } from './src/cli/vite-plugin-articles.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The built pages' Content-Security-Policy: nothing from other origins, no inline scripts, no eval. The one
 * exception, 'wasm-unsafe-eval', lets the search (Pagefind, served from our own origin) compile its WebAssembly; it
 * allows no JavaScript eval.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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

/**
 * `vite preview` answers `/a/<id>` with the prerendered `dist/a/<id>/index.html`, as static servers do for a
 * folder (nginx `try_files $uri $uri/`, GitHub Pages, Apache's DirectorySlash); without this its SPA fallback
 * would serve the library's index.html and hide whether the page was prerendered.
 */
const previewFolderIndex = (): Plugin => ({
  name: 'lede-preview-folder-index',
  configurePreviewServer(server) {
    const dist = path.resolve(server.config.root, server.config.build.outDir);
    const { base } = server.config;
    server.middlewares.use((req, _res, next) => {
      const url = new URL(req.url ?? '/', 'http://preview.invalid');
      if (!url.pathname.startsWith(base) || url.pathname.endsWith('/') || /\.[^/]*$/u.test(url.pathname)) return next();
      let folder: string;
      try {
        folder = path.resolve(dist, decodeURIComponent(url.pathname.slice(base.length)));
      } catch {
        return next();
      }
      if (folder.startsWith(`${dist}${path.sep}`) && fs.existsSync(path.join(folder, 'index.html'))) req.url = `${url.pathname}/index.html${url.search}`;
      next();
    });
  },
});

export default defineConfig(({ isSsrBuild }) => ({
  base: process.env.LEDE_BASE ?? '/',
  plugins: [
    react(),
    contentSecurityPolicy(),
    previewFolderIndex(),
    // The SSR build (for the prerender) reads the data the client build already ingested.
    // public/data is a link to the current generation in .tmp/data/ (see src/cli/publish-data.ts). LEDE_SEEDS_DIR
    // builds another folder of seeds (the end-to-end tests' collection, tests/e2e/support/make-collection.ts).
    ...(process.env.VITEST || isSsrBuild
      ? []
      : [articlesPlugin({ cli: path.join(root, 'src/cli/ingest.ts'), seedsDir: path.resolve(root, process.env.LEDE_SEEDS_DIR ?? 'seeds'), dataDir: path.join(root, 'public', 'data'), storeDir: path.join(root, '.tmp', 'data') })]),
  ],
  // No modulepreload polyfill: every browser the reader supports preloads modules itself (Chrome 66, Safari 17,
  // Firefox 115), and the polyfill is half a kilobyte of every page's initial script.
  build: isSsrBuild ? { outDir: '.tmp/ssr', copyPublicDir: false } : { manifest: true, modulePreload: { polyfill: false } },
  // /read's worker (src/worker/read-worker.ts) is a module worker: `new Worker(url, { type: 'module' })`.
  worker: { format: 'es' as const },
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
}));
