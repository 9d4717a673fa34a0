import { describe, expect, it } from 'vitest';
import { MAX_LOCAL_PAGE_BYTES, MAX_LOCAL_TEXT_BYTES } from '../../src/contract/local-read';
import { checkFile, checkPaste, fileKind, inputMessage, isLocalId, newLocalId, PASTED_TEXT, pasteKind, seedFileName } from '../../src/reader/lib/read-input';

describe('the checks /read makes before reading', () => {
  it.each([
    ['story.txt', 'text'],
    ['STORY.TXT', 'text'],
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['photo.png', null],
    ['notes.txt.zip', null],
    ['html', null],
  ])('takes %s by its extension as %s', (name, kind) => {
    expect(fileKind(name)).toBe(kind);
  });

  it.each([
    ['<!DOCTYPE html><html><body>…', 'html'],
    ['  \n<html lang="en"><head>', 'html'],
    ['<html>', 'html'],
    ['Headline\n\n<b>bold</b> is not a page', 'text'],
    ['<htmlish> headline', 'text'],
  ])('sends a paste starting %j down the %s route', (text, kind) => {
    expect(pasteKind(text)).toBe(kind);
  });

  it.each([
    ['', 'is empty: paste a story’s text, or choose a file'],
    [' \n\t ', 'is empty: paste a story’s text, or choose a file'],
    ['x'.repeat(MAX_LOCAL_TEXT_BYTES + 1), 'is 1.0 MB, over the 1.0 MB limit for one story read here'],
    ['x '.repeat(5 * 1024 * 1024), 'is 10.0 MB, over the 1.0 MB limit for one story read here'],
    ['é'.repeat(MAX_LOCAL_TEXT_BYTES / 2 + 1), 'is 1.0 MB, over the 1.0 MB limit for one story read here'],
    [`<!doctype html>${'x'.repeat(MAX_LOCAL_TEXT_BYTES)}`, null],
    ['Headline\n\nA paragraph.', null],
  ])('refuses a paste of %#: %s', (text, reason) => {
    expect(checkPaste(text)).toBe(reason);
  });

  it.each([
    [{ name: 'story.txt', size: 10 }, null],
    [{ name: 'photo.jpg', size: 10 }, 'is not a .txt or .html file'],
    [{ name: 'empty.txt', size: 0 }, 'is empty'],
    [{ name: 'long.txt', size: MAX_LOCAL_TEXT_BYTES + 1 }, 'is 1.0 MB, over the 1.0 MB limit for one story read here'],
    [{ name: 'page.html', size: MAX_LOCAL_TEXT_BYTES + 1 }, null],
    [{ name: 'page.html', size: MAX_LOCAL_PAGE_BYTES * 4 }, 'is 20.0 MB, over the 5.0 MB limit for one page read here'],
  ])('checks the file %o: %s', (file, reason) => {
    expect(checkFile(file)).toBe(reason);
  });

  it('names the input before the reason, as the CLI does', () => {
    expect(inputMessage(PASTED_TEXT, 'is empty')).toBe('Pasted text: is empty');
  });
});

describe('local ids', () => {
  it('are 12 letters and digits from the random source, skipping bytes that would bias them', () => {
    const bytes = [255, 252, 0, 1, 35, 36, 71, 251, 10, 11, 12, 13, 14, 15, 16, 17];
    let at = 0;
    const id = newLocalId((b) => b.map(() => bytes[at++ % bytes.length] ?? 0));
    expect(id).toBe('ab9a99klmnop');
    expect(isLocalId(id)).toBe(true);
  });

  it('differ from one call to the next with the real random source', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newLocalId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(isLocalId(id)).toBe(true);
  });

  it.each(['', 'ABCDEFGHIJKL', 'abc', 'abcdefghijk-', 'abcdefghijklm'])('does not take %j for a local id', (id) => {
    expect(isLocalId(id)).toBe(false);
  });

  it('offers a file’s seed under its own name, a paste’s under one made from its local id', () => {
    expect(seedFileName('page.html', 'abcdefghijkl', 'html')).toBe('page.html');
    expect(seedFileName(null, 'abcdefghijkl', 'text')).toBe('lede-abcdefghijkl.txt');
    expect(seedFileName(null, 'abcdefghijkl', 'html')).toBe('lede-abcdefghijkl.html');
  });
});
