import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../src/pages/sourceLines.js';

describe('sourceLines', () => {
  it('says "line" for one line and "lines" for a range, as the rule files give them', () => {
    expect(sourceLines('293')).toBe('line 293'); // St Helens's child-seen-alone
    expect(sourceLines('317-321')).toBe('lines 317-321');
  });
});
