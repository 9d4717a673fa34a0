/** jsdom lacks a few browser APIs the reader uses; stub them, and make React's warnings fail the test. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { preloadRoutes } from '../../src/reader/routes/routes';

// Each page's code is a chunk loaded on demand (routes.tsx); tests render any route at once, as the prerender does.
// In beforeAll, not at import: a test file's vi.mock of a module the routes use must be registered first.
beforeAll(() => preloadRoutes());

// Role queries over a whole article are slow on a busy machine; these are behaviour tests, not benchmarks.
vi.setConfig({ testTimeout: 30_000 });

class FakeIntersectionObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds = [];
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.IntersectionObserver = FakeIntersectionObserver;
Element.prototype.scrollIntoView = vi.fn();
if (!globalThis.CSS?.escape) globalThis.CSS = { ...globalThis.CSS, escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };

window.matchMedia = (query: string) => ({
  // Tests run at the wide layout with motion allowed.
  matches: query.includes('min-width'),
  media: query,
  onchange: null,
  addEventListener: () => {},
  removeEventListener: () => {},
  addListener: () => {},
  removeListener: () => {},
  dispatchEvent: () => false,
});

HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

const fail =
  (kind: string) =>
  (...args: unknown[]) => {
    throw new Error(`console.${kind} called: ${args.map(String).join(' ')}`);
  };

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(fail('error'));
  vi.spyOn(console, 'warn').mockImplementation(fail('warn'));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});
