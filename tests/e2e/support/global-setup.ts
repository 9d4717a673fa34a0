/** Playwright global setup: unpack Chromium once, before any worker starts, so two workers never race to unpack it. */
import { resolveChromium } from './browser';

export default async function globalSetup(): Promise<void> {
  await resolveChromium();
}
