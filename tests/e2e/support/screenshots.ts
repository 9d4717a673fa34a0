/**
 * `npm run screenshots`: builds the app, serves it with `vite preview` in this process, and writes PNGs of the
 * reader's main states to docs/screenshots/ for the README: desktop (1280×900) and phone (360×740), light and
 * dark, default / highlighted / filtered, and the phone's Entities drawer. States that need entities are left out
 * (with a note) while the seed has none.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { validateArticle, type Article } from '../../../src/contract/article';
import { articleDataPath, articlePath, filterableEntity, lavrov, topEntity } from './article';
import { chromiumArgs, resolveChromium } from './browser';
import { startPreview } from './preview-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = path.join(root, 'docs', 'screenshots');
const PORT = Number(process.env.LEDE_SCREENSHOTS_PORT ?? 4318);
const baseURL = `http://127.0.0.1:${PORT}`;

const devices: Record<'desktop' | 'phone', BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

interface Shot {
  state: 'default' | 'highlighted' | 'filtered' | 'drawer';
  url: string;
  /** What to do on the loaded page before the picture. */
  prepare?: (page: Page) => Promise<void>;
}

function shotsFor(article: Article): { shots: Shot[]; missing: string[] } {
  const base = articlePath(article.id);
  const person = lavrov(article) ?? topEntity(article, 'person');
  const filterBy = filterableEntity(article, 'person');
  const shots: Shot[] = [{ state: 'default', url: base }];
  const missing: string[] = [];
  if (person) {
    shots.push({
      state: 'highlighted',
      url: `${base}?highlight=${encodeURIComponent(person.id)}`,
      // Bring the first highlight into view, as the find bar would.
      prepare: (page) => page.locator(`mark[data-entity="${person.id}"]`).first().evaluate((el) => el.scrollIntoView({ block: 'center' })),
    });
  } else missing.push('highlighted (no person entity in the seed yet)');
  if (filterBy) shots.push({ state: 'filtered', url: `${base}?person=${encodeURIComponent(filterBy.id)}` });
  else missing.push('filtered (no person entity in the seed yet)');
  shots.push({
    state: 'drawer',
    url: base,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^entities\b/iu }).filter({ visible: true }).click();
      await page.getByRole('dialog').waitFor({ state: 'visible' });
    },
  });
  return { shots, missing };
}

async function main() {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
  try {
    const response = await fetch(`${baseURL}${articleDataPath()}`);
    const parsed = validateArticle(await response.json());
    if (!parsed.ok) throw new Error(`the seed breaks the contract:\n${parsed.errors.join('\n')}`);
    const article = parsed.value;
    const { shots, missing } = shotsFor(article);

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    for (const [device, options] of Object.entries(devices)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ ...options, baseURL, colorScheme, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });
        for (const shot of shots) {
          if (shot.state === 'drawer' && device !== 'phone') continue; // the drawer is the phone's sidebar
          const page = await context.newPage();
          await page.goto(shot.url);
          await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
          await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
          await shot.prepare?.(page);
          await page.evaluate(() => document.fonts.ready);
          const file = path.join(outDir, `${device}-${colorScheme}-${shot.state}.png`);
          await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
          console.log(`wrote ${path.relative(root, file)}`);
          await page.close();
        }
        await context.close();
      }
    }
    for (const m of missing) console.log(`left out: ${m}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
