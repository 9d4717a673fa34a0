import { describe, expect, it } from 'vitest';
import { isSummaryLine, liveLine, Progress, ratePerSecond, recordItem, startState, summaryLine, type ProgressSink } from '../../src/cli/progress';

/** A sink that keeps what is written, as a terminal or as a pipe. */
function sink(isTTY: boolean): ProgressSink & { text: string } {
  const s = { isTTY, text: '', write: (t: string) => (s.text += t) };
  return s;
}

/** A clock the test moves by hand. */
function clock() {
  const c = { t: 1000, now: () => c.t };
  return c;
}

describe('progress bookkeeping', () => {
  it('counts items and reused items, and keeps the slowest item that was worked on', () => {
    let state = startState('ingest', 4);
    state = recordItem(state, 'a.txt', 30);
    state = recordItem(state, 'b.txt', 900, true);
    state = recordItem(state, 'c.txt', 120);
    state = recordItem(state, 'd.txt', 50);
    expect(state).toEqual({ label: 'ingest', total: 4, done: 4, reused: 1, slowest: { name: 'c.txt', ms: 120 } });
  });

  it('has no slowest item when every item was reused', () => {
    expect(recordItem(startState('ingest', 1), 'a.txt', 5, true).slowest).toBeNull();
  });

  it('gives the rate per second, with a decimal below 100 and none above, and 0 before any time has passed', () => {
    expect(ratePerSecond(3, 2000)).toBe(1.5);
    expect(ratePerSecond(10_000, 41_234)).toBe(243);
    expect(ratePerSecond(5, 0)).toBe(0);
  });

  it('says count, rate, seconds, reused count and the slowest item in the summary', () => {
    const state = recordItem(recordItem(startState('ingest', 2), 'old.txt', 2, true), 'new.txt', 812.4);
    expect(summaryLine(state, 4000)).toBe('ingest: 2 done in 4.0 s (0.5/s), 1 reused from the cache; slowest new.txt (812 ms)');
    expect(summaryLine(startState('prerender', 0), 0)).toBe('prerender: 0 done in 0.0 s (0/s)');
  });

  it('tells its summary lines from the lines about files', () => {
    expect(isSummaryLine(summaryLine(recordItem(startState('ingest', 1), 'a.txt', 3), 10))).toBe(true);
    expect(isSummaryLine('ingest: /seeds/a.txt: no such file')).toBe(false);
    expect(isSummaryLine('ingested 3 article(s) into public/data')).toBe(false);
  });

  it('shows the share done in the live line', () => {
    expect(liveLine(recordItem(startState('ingest', 8), 'a.txt', 1), 500)).toBe('ingest: 1/8 (12.5 %), 2/s, 0.5 s');
  });
});

describe('progress output', () => {
  it('when not a terminal, writes nothing while running and one summary line at the end', () => {
    const out = sink(false);
    const c = clock();
    const progress = new Progress('ingest', 3, out, c.now);
    for (const [name, ms] of [['a.txt', 10], ['b.txt', 40], ['c.txt', 20]] as const) {
      c.t += 500;
      progress.item(name, ms);
    }
    expect(out.text).toBe('');
    expect(progress.finish()).toBe('ingest: 3 done in 1.5 s (2/s); slowest b.txt (40 ms)');
    expect(out.text).toBe('ingest: 3 done in 1.5 s (2/s); slowest b.txt (40 ms)\n');
  });

  it('in a terminal, redraws one line in place at most every 100 ms and ends it with the summary', () => {
    const out = sink(true);
    const c = clock();
    const progress = new Progress('prerender', 3, out, c.now);
    progress.item('a', 1);
    c.t += 10;
    progress.item('b', 1);
    c.t += 200;
    progress.item('c', 1);
    progress.finish();
    const draws = out.text.split('\r').filter(Boolean);
    expect(draws).toEqual(['prerender: 1/3 (33.3 %), 0/s, 0.0 s\u001b[K', 'prerender: 3/3 (100.0 %), 14.3/s, 0.2 s\u001b[K', 'prerender: 3 done in 0.2 s (14.3/s); slowest a (1 ms)\u001b[K\n']);
  });
});
