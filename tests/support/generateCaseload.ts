import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { repoRoot } from './sharedDir.js';

interface Template { id: string; events: { on?: string; at?: string }[] }

const templates = readFileSync(resolve(repoRoot, 'examples/caseload.jsonl'), 'utf8').trim().split('\n')
  .map((line) => JSON.parse(line) as Template);

const shift = (date: string, days: number): string => fromDayNumber(toDayNumber(date.slice(0, 10)) + days) + date.slice(10);

/**
 * The i-th record of a generated caseload, as one JSON line: the ten cases of
 * examples/caseload.jsonl in turn, each with a new id (`<template id>-<i>`) and its dates moved
 * 0–119 days, so any size of caseload is realistic and the same every run.
 */
export function generatedCaseLine(i: number): string {
  const template = templates[i % templates.length] as Template;
  const days = (i * 7) % 120;
  return JSON.stringify({ ...template, id: `${template.id}-${i}`, events: template.events.map((e) => ({
    ...e, ...(e.on ? { on: shift(e.on, days) } : {}), ...(e.at ? { at: shift(e.at, days) } : {}) })) });
}
