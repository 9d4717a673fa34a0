// The store of stories read on this device, on an in-memory IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
import { set, createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { getLocalStory, listLocalStories, LocalStoryError, putLocalStory, removeLocalStory, type LocalStory } from '../../src/reader/api/local-stories';
import { fixtureArticle } from './test-utils';

let next = 0;
/** A story under a fresh local id (the store outlives each test), read at `readAt`. */
function story(readAt: number): LocalStory {
  const localId = `test${String(next++).padStart(8, '0')}`;
  return { localId, article: { ...fixtureArticle(), id: localId }, seed: { fileName: null, kind: 'text', bytes: new TextEncoder().encode('Text').buffer as ArrayBuffer }, readAt, workerMs: 12 };
}

const ids = async () => (await listLocalStories()).map((s) => s.localId);

describe('the stories read on this device', () => {
  it('keeps a story and gives it back whole, checked against the contract', async () => {
    const s = story(1);
    await putLocalStory(s);
    const back = await getLocalStory(s.localId);
    expect(back).toEqual(s);
    expect(new TextDecoder().decode(back?.seed.bytes)).toBe('Text');
  });

  it('answers null for a local id this device does not have', async () => {
    expect(await getLocalStory('nothinghere0')).toBeNull();
  });

  it('lists stories newest first, and a removed one no longer', async () => {
    const [old, recent] = [story(1_000), story(2_000)];
    await putLocalStory(old);
    await putLocalStory(recent);
    const listed = await listLocalStories();
    expect(listed.findIndex((s) => s.localId === recent.localId)).toBeLessThan(listed.findIndex((s) => s.localId === old.localId));
    expect(listed.find((s) => s.localId === recent.localId)).toEqual({ localId: recent.localId, headline: fixtureArticle().headline, fileName: null, readAt: 2_000 });
    await removeLocalStory(old.localId);
    expect(await ids()).not.toContain(old.localId);
    expect(await ids()).toContain(recent.localId);
    expect(await getLocalStory(old.localId)).toBeNull();
  });

  it('refuses a stored record that breaks the contract, and leaves it out of the list, without losing the others', async () => {
    const good = story(3_000);
    await putLocalStory(good);
    const broken = { ...story(4_000), article: { ...fixtureArticle(), id: 'test-broken', sections: [] } };
    broken.localId = 'test-broken';
    await set(broken.localId, broken, createStore('lede-read', 'stories'));
    await expect(getLocalStory('test-broken')).rejects.toThrow(LocalStoryError);
    await expect(getLocalStory('test-broken')).rejects.toThrow(/breaks the data contract/u);
    expect(await ids()).not.toContain('test-broken');
    expect(await ids()).toContain(good.localId);
  });

  it('refuses a record kept under another id than its own', async () => {
    const s = story(5_000);
    await set('test-moved00', s, createStore('lede-read', 'stories'));
    await expect(getLocalStory('test-moved00')).rejects.toThrow(/not in the shape this version reads/u);
  });
});
