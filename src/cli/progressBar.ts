import type { Writable } from 'node:stream';

/** How often the bar is redrawn, at most. */
const REDRAW_MS = 100;
const WIDTH = 30;

/** A one-line progress report, redrawn in place on a terminal. */
export interface ProgressBar {
  /** Reports progress; redraws at most every 100 ms. */
  update(records: number, bytesRead: number): void;
  /** Erases the bar, leaving the line free for other text; the next update draws it again. */
  clear(): void;
}

/**
 * A progress bar on a terminal stream: a bar and percentage when the input's size is known,
 * the count of records alone when it is not (standard input).
 */
export function progressBar(stream: Writable, totalBytes: number | undefined): ProgressBar {
  let last = 0;
  let drawn = false;
  return {
    update(records, bytesRead) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      const count = `${records.toLocaleString('en-GB')} record${records === 1 ? '' : 's'}`;
      if (!totalBytes) {
        stream.write(`\r${count}\x1b[K`);
        return;
      }
      const fraction = Math.min(1, bytesRead / totalBytes);
      const filled = Math.round(fraction * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${count}\x1b[K`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
