/**
 * Progress of a long step (ingest, prerender, and any step after them, such as search indexing): in a terminal one
 * line that updates in place with the count, the rate and the time; elsewhere (CI, a piped run) nothing until the end,
 * then one summary line. Both name the slowest item. The bookkeeping and the lines are pure; `Progress` only adds
 * the clock and the stream.
 */

/** What a step has done so far. `slowest` counts only items that were worked on, not those reused from a cache. */
export type ProgressState = {
  label: string;
  total: number;
  done: number;
  reused: number;
  slowest: { name: string; ms: number } | null;
};

/** A step's state before its first item. */
export const startState = (label: string, total: number): ProgressState => ({ label, total, done: 0, reused: 0, slowest: null });

/** The state after one more item, which took `ms` (`reused`: taken from a cache rather than worked on). */
export function recordItem(state: ProgressState, name: string, ms: number, reused = false): ProgressState {
  const slowest = !reused && (state.slowest === null || ms > state.slowest.ms) ? { name, ms } : state.slowest;
  return { ...state, done: state.done + 1, reused: state.reused + (reused ? 1 : 0), slowest };
}

/** Items per second over `elapsedMs`, rounded for reading (0 before any time has passed). */
export function ratePerSecond(done: number, elapsedMs: number): number {
  if (elapsedMs <= 0) return 0;
  const rate = (done * 1000) / elapsedMs;
  return rate >= 100 ? Math.round(rate) : Number(rate.toFixed(1));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The line a terminal shows while the step runs: `ingest: 120/10000 (1.2 %), 85/s, 1.4 s`. */
export function liveLine(state: ProgressState, elapsedMs: number): string {
  const share = state.total ? ` (${((100 * state.done) / state.total).toFixed(1)} %)` : '';
  return `${state.label}: ${state.done}/${state.total}${share}, ${ratePerSecond(state.done, elapsedMs)}/s, ${seconds(elapsedMs)}`;
}

/**
 * The one line said at the end: `ingest: 10000 done in 41.2 s (243/s), 9999 reused from the cache; slowest a.txt (812 ms)`.
 * The cache part only when something was reused; the slowest part only when something was worked on.
 */
export function summaryLine(state: ProgressState, elapsedMs: number): string {
  const reused = state.reused ? `, ${state.reused} reused from the cache` : '';
  const slowest = state.slowest ? `; slowest ${state.slowest.name} (${Math.round(state.slowest.ms)} ms)` : '';
  return `${state.label}: ${state.done} done in ${seconds(elapsedMs)} (${ratePerSecond(state.done, elapsedMs)}/s)${reused}${slowest}`;
}

/** Whether a line is a summary line (as another process's output is read: the Vite plugin shows the ingest's). */
export const isSummaryLine = (line: string): boolean => /^[\w ]+: \d+ done in \d+\.\d s \(/u.test(line);

/** Where progress goes: stderr by default, so stdout stays the CLI's output (the ingest `--report` line). */
export type ProgressSink = { isTTY?: boolean; write(text: string): unknown };

/** How often the terminal line is redrawn at most: often enough to look live, rarely enough to cost nothing. */
const REDRAW_MS = 100;

/** A running step's progress, printed to `sink` (stderr unless told). */
export class Progress {
  private state: ProgressState;
  private readonly started: number;
  private drawnAt = -Infinity;

  constructor(
    label: string,
    total: number,
    private readonly sink: ProgressSink = process.stderr,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.state = startState(label, total);
    this.started = now();
  }

  /** Counts one item; in a terminal, redraws the line now and then. */
  item(name: string, ms: number, reused = false): void {
    this.state = recordItem(this.state, name, ms, reused);
    if (!this.sink.isTTY) return;
    const at = this.now();
    if (at - this.drawnAt < REDRAW_MS && this.state.done < this.state.total) return;
    this.drawnAt = at;
    this.sink.write(`\r${liveLine(this.state, at - this.started)}\u001b[K`);
  }

  /** Ends the step: the summary line (over the live line in a terminal). Returns it, for callers that log it too. */
  finish(): string {
    const line = summaryLine(this.state, this.now() - this.started);
    this.sink.write(this.sink.isTTY ? `\r${line}\u001b[K\n` : `${line}\n`);
    return line;
  }

  /** The figures so far. */
  get figures(): Readonly<ProgressState> {
    return this.state;
  }
}
