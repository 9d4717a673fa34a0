/**
 * `npx tsx tests/e2e/support/search-size.ts [--url URL] [--query WORDS]`: what the library costs over the network in
 * the bundled Chromium, from a cold cache: the prerendered library page (its HTML and everything its first view
 * loads), then a first search typed into the box (Pagefind's script, worker, WebAssembly and the index chunks it
 * reads, in its worker too), as Playwright reports Chromium's counts (response headers and body as transferred,
 * compressed where the server compresses). Serves dist/ itself
 * on :4412 unless --url names a running server. Prints figures only; no budget is asserted here.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs, resolveChromium } from './browser';
import { startPreview } from './preview-server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

async function main() {
  const server = option('--url') ? null : await startPreview(4412);
  const url = option('--url') ?? server!.url;
  const query = option('--query') ?? 'minister';
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs });
  try {
    // A fresh context: an empty cache.
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes: { phase: string; url: string; size: number }[] = [];
    const pending: Promise<void>[] = [];
    let phase = 'load';
    context.on('requestfinished', (request) => {
      const at = phase;
      pending.push(request.sizes().then((s) => void bytes.push({ phase: at, url: request.url(), size: s.responseHeadersSize + s.responseBodySize })));
    });
    await page.goto(`${url}/`);
    await page.locator('html[data-ready="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    phase = 'search';
    await page.getByRole('searchbox', { name: 'Search stories' }).fill(query);
    await page.locator('.library-status').filter({ hasText: 'found for' }).waitFor();
    await page.locator('.card-excerpt').first().waitFor();
    await Promise.all(pending);
    // The results are shown; the people and countries facets' counts come after them.
    phase = 'facets';
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const count = await page.locator('.library-status').textContent();
    const sum = (p: string) => bytes.filter((b) => b.phase === p).reduce((n, b) => n + b.size, 0);
    const html = bytes.find((b) => b.phase === 'load' && new URL(b.url).pathname === '/')?.size ?? 0;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`library HTML (/), transferred: ${kb(html)}`);
    console.log(`library first view, everything loaded: ${kb(sum('load'))} in ${bytes.filter((b) => b.phase === 'load').length} requests`);
    console.log(`first search "${query}" (${count?.trim()}), cold cache, until the results show: ${kb(sum('search'))} in ${bytes.filter((b) => b.phase === 'search').length} requests`);
    console.log(`  then every facet's counts: ${kb(sum('facets'))} more in ${bytes.filter((b) => b.phase === 'facets').length} requests`);
    for (const b of bytes.filter((x) => x.phase !== 'load').sort((a, z) => z.size - a.size)) console.log(`  ${kb(b.size).padStart(9)}  ${b.phase.padEnd(6)} ${new URL(b.url).pathname}`);
  } finally {
    await browser.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`search-size: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
