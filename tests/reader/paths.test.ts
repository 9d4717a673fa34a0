import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/reader/config/paths';

describe('paths', () => {
  it.each([
    [paths.article.href('a1'), '/a/a1'],
    [paths.article.href('a1', {}, 'intro'), '/a/a1#intro'],
    [paths.article.href('a1', { highlight: ['x', 'y'], person: [], quote: null }), '/a/a1?highlight=x,y'],
    [paths.article.href('a1', { highlight: ['x'], person: ['p'], country: ['c'], quote: 'q1' }, 's-2'), '/a/a1?highlight=x&person=p&country=c&quote=q1#s-2'],
    [paths.article.href('odd id/?#', { highlight: ['a b'] }), '/a/odd%20id%2F%3F%23?highlight=a%20b'],
  ])('builds article link %s', (built, href) => {
    expect(built).toBe(href);
  });

  it.each([
    [paths.read.story('k3j9x2abcdef'), '/read/k3j9x2abcdef'],
    [paths.read.story('k3j9x2abcdef', { highlight: ['x'] }, 's-2'), '/read/k3j9x2abcdef?highlight=x#s-2'],
    [paths.read.links('k3j9x2abcdef')({ person: ['p'], quote: 'q1' }), '/read/k3j9x2abcdef?person=p&quote=q1'],
    [paths.article.links('a1')({ country: ['c'] }, 'intro'), '/a/a1?country=c#intro'],
  ])('builds a story’s own link %s, on its own page (published or read on this device)', (built, href) => {
    expect(built).toBe(href);
  });

  it('makes absolute, shareable URLs', () => {
    expect(paths.absolute('/a/a1#s')).toBe(`${window.location.origin}/a/a1#s`);
  });
});

describe('paths under a base path (LEDE_BASE)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const load = async (base: string) => {
    vi.stubEnv('BASE_URL', base);
    vi.resetModules();
    return (await import('../../src/reader/config/paths')).paths;
  };

  it.each([
    ['/', '/a/x', '/a/x'],
    ['/', '/a/x/', '/a/x'],
    ['/', '/', '/'],
    ['/lede/', '/lede/a/x/', '/a/x'],
    ['/lede/', '/lede/a/x', '/a/x'],
    ['/lede/', '/lede/', '/'],
    ['/lede/', '/lede', '/'],
    ['/lede/', '/ledeX/a/x', '/ledeX/a/x'],
  ])('with base %s, the page at %s is the router path %s', async (base, pathname, routerPath) => {
    expect((await load(base)).routerPath(pathname)).toBe(routerPath);
  });

  it('puts the data files and shared links under the base', async () => {
    const paths = await load('/lede/');
    expect(paths.data.index()).toBe('/lede/data/index.json');
    expect(paths.data.article('a1')).toBe('/lede/data/articles/a1.json');
    expect(paths.absolute('/a/a1#s')).toBe(`${window.location.origin}/lede/a/a1#s`);
  });
});
