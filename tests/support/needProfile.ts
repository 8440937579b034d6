import type { NeedProfile } from '../../src/rules/needProfile.js';

/** A need profile from its four facts, in the order a table reads them. */
export const needs = (section47: NeedProfile['section47'], section17: NeedProfile['section17'], agencies: number,
  complexity: NeedProfile['complexity']): NeedProfile => ({ section47, section17, agencies, complexity });
