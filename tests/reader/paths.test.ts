import { describe, expect, it } from 'vitest';
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

  it('makes absolute, shareable URLs', () => {
    expect(paths.absolute('/a/a1#s')).toBe(`${window.location.origin}/a/a1#s`);
  });
});
