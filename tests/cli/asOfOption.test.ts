import { afterEach, describe, expect, it, vi } from 'vitest';
import { asOfOption } from '../../src/cli/asOfOption.js';

describe('asOfOption', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('without --as-of, is today in England, whatever the host zone', () => {
    vi.useFakeTimers();
    // 23:30 UTC on 30 June is 00:30 BST on 1 July in London.
    vi.setSystemTime(Date.parse('2025-06-30T23:30:00Z'));
    expect(asOfOption(undefined)).toBe('2025-07-01');
    // In winter London is on UTC: 23:30 UTC on 31 December is still that day.
    vi.setSystemTime(Date.parse('2025-12-31T23:30:00Z'));
    expect(asOfOption(undefined)).toBe('2025-12-31');
    // 23:00 UTC on Sat 25 Oct 2025 is midnight BST, Sun 26 Oct (the clocks went back two hours later).
    vi.setSystemTime(Date.parse('2025-10-25T23:00:00Z'));
    expect(asOfOption(undefined)).toBe('2025-10-26');
  });

  it('with --as-of, is the date given, checked', () => {
    expect(asOfOption('2025-02-20')).toBe('2025-02-20');
    expect(() => asOfOption('2025-02-30')).toThrow('--as-of');
  });
});
