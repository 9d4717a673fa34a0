/**
 * `npx tsx tests/e2e/support/search-size.ts [--url URL] [--query WORDS]`: what the library costs over the network in
 * the bundled Chromium, from a cold cache: the prerendered library page (its HTML and everything its first view
 * loads), then a first search typed into the box (Pagefind's script, worker, WebAssembly and the index chunks it
 * reads, in its worker too), until its results and the counts of the facets it shows are on screen; then what opening
 * the people and countries lists adds. Each request counts in the phase it started in; sizes as Playwright reports
 * Chromium's counts (response headers and body as transferred, compressed where the server compresses). Serves dist/ itself
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
    const started = new Map<object, string>();
    context.on('request', (request) => void started.set(request, phase));
    context.on('requestfinished', (request) => {
      const at = started.get(request) ?? phase;
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
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    // The results and their facets are shown; people and countries are counted when their list is opened.
    phase = 'facets';
    const more = page.getByRole('button', { name: 'Show people' });
    if (await more.count()) {
      await more.click();
      await page.locator('.facet-link[data-facet="person"]').first().waitFor();
    }
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const count = await page.locator('.library-status').textContent();
    const sum = (p: string) => bytes.filter((b) => b.phase === p).reduce((n, b) => n + b.size, 0);
    const html = bytes.find((b) => b.phase === 'load' && new URL(b.url).pathname === '/')?.size ?? 0;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`library HTML (/), transferred: ${kb(html)}`);
    console.log(`library first view, everything loaded: ${kb(sum('load'))} in ${bytes.filter((b) => b.phase === 'load').length} requests`);
    console.log(`first search "${query}" (${count?.trim()}), cold cache, results and the facets shown with them: ${kb(sum('search'))} in ${bytes.filter((b) => b.phase === 'search').length} requests`);
    console.log(`  then opening the people and countries lists: ${kb(sum('facets'))} more in ${bytes.filter((b) => b.phase === 'facets').length} requests`);
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
