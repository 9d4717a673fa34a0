/**
 * The Chromium the tests drive: the binary shipped inside the npm package @sparticuz/chromium, so a fresh
 * machine needs nothing beyond `npm ci` (`npx playwright install` cannot download here).
 */
import chromium from '@sparticuz/chromium';

/** Flags that keep Chromium quiet on a closed network. Not the package's own `chromium.args`: those add
 * --single-process and --disable-web-security, which would hide real bugs. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Environment variable through which global setup hands the unpacked binary's path to the workers. */
export const CHROMIUM_ENV = 'LEDE_CHROMIUM_PATH';

/** Unpacks the bundled Chromium into the temp folder (~2 s the first time) and returns its path. */
export async function resolveChromium(): Promise<string> {
  const fromEnv = process.env[CHROMIUM_ENV];
  if (fromEnv) return fromEnv;
  const executablePath = await chromium.executablePath();
  process.env[CHROMIUM_ENV] = executablePath;
  return executablePath;
}
