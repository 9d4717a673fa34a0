import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesPlugin } from '../../src/cli/vite-plugin-articles';

const root = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-plugin-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the plugin's build hook with a seeds folder holding one good and one broken article. */
function build(skipBroken: boolean) {
  const seedsDir = fs.mkdtempSync(path.join(tmp, 'seeds-'));
  const dataDir = fs.mkdtempSync(path.join(tmp, 'data-'));
  fs.copyFileSync(path.join(root, 'seeds/000_3979cacfdab927d0.txt'), path.join(seedsDir, 'good.txt'));
  fs.writeFileSync(path.join(seedsDir, 'broken.txt'), '\u0000\u0001');
  const plugin = articlesPlugin({ cli: path.join(root, 'src/cli/ingest.ts'), seedsDir, dataDir });
  (plugin.configResolved as unknown as (c: ResolvedConfig) => void)({ command: 'build' } as ResolvedConfig);
  const warnings: string[] = [];
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
    warn: (message: string) => warnings.push(message),
  };
  const previous = process.env.LEDE_SKIP_BROKEN;
  if (skipBroken) process.env.LEDE_SKIP_BROKEN = '1';
  else delete process.env.LEDE_SKIP_BROKEN;
  try {
    let failure: string | null = null;
    try {
      (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
    } catch (err) {
      failure = (err as Error).message;
    }
    return { failure, warnings, written: fs.existsSync(path.join(dataDir, 'articles')) ? fs.readdirSync(path.join(dataDir, 'articles')) : [] };
  } finally {
    if (previous === undefined) delete process.env.LEDE_SKIP_BROKEN;
    else process.env.LEDE_SKIP_BROKEN = previous;
  }
}

describe('the build with a broken seed', () => {
  it('fails, naming the file and the reason', () => {
    const { failure } = build(false);
    expect(failure).toMatch(/cannot ingest .*broken\.txt: looks binary .*LEDE_SKIP_BROKEN=1/u);
  });

  it('with LEDE_SKIP_BROKEN=1 warns about it and still writes the other articles', () => {
    const { failure, warnings, written } = build(true);
    expect(failure).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/skipped .*broken\.txt: looks binary/u)]);
    expect(written).toEqual(['good.json']);
  });
});
