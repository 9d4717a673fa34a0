/** The built app served by `vite preview` inside the calling script (bench:ui, lighthouse, screenshots). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type PreviewServer = { url: string; close: () => Promise<void> };

/** Starts `vite preview` of dist/ on 127.0.0.1:`port`; `close` stops it and frees the port. */
export async function startPreview(port: number): Promise<PreviewServer> {
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve()))),
  };
}
