import { describe, expect, it } from 'vitest';
import { paths } from '../../src/reader/config/paths';

describe('paths', () => {
  it.each([
    [['a1'], '/a/a1'],
    [['a1', {}, 'intro'], '/a/a1#intro'],
    [['a1', { highlight: ['x', 'y'], person: [], quote: null }], '/a/a1?highlight=x,y'],
    [['a1', { highlight: ['x'], person: ['p'], country: ['c'], quote: 'q1' }, 's-2'], '/a/a1?highlight=x&person=p&country=c&quote=q1#s-2'],
    [['odd id/?#', { highlight: ['a b'] }], '/a/odd%20id%2F%3F%23?highlight=a%20b'],
  ] as const)('builds article links %j → %s', (args, href) => {
    expect(paths.article.href(...(args as unknown as Parameters<typeof paths.article.href>))).toBe(href);
  });

  it('makes absolute, shareable URLs', () => {
    expect(paths.absolute('/a/a1#s')).toBe(`${window.location.origin}/a/a1#s`);
  });
});
