import type { BaseRecord, BodyCheck, JournalEntry, JsonObject, LocalDay } from '../../db';

type NewEntry = Omit<JournalEntry, keyof BaseRecord>;
import { isLocalDay } from '../../lib/days';

/** Everything the editor holds; also the shape of a journal draft's payload. */
export interface EntryValue {
  title: string;
  body: string;
  tags: string[];
  bringToSession: boolean;
  day: LocalDay;
  areas: string[];
  feeling: string;
  /** null until the person picks a number. */
  intensity: number | null;
  promptId?: string;
  questionId?: string;
}

export function emptyValue(day: LocalDay): EntryValue {
  return { title: '', body: '', tags: [], bringToSession: false, day, areas: [], feeling: '', intensity: null };
}

export function fromEntry(e: JournalEntry): EntryValue {
  const value: EntryValue = {
    title: e.title,
    body: e.body,
    tags: [...e.tags],
    bringToSession: e.bringToSession === 1,
    day: e.day,
    areas: e.bodyCheck ? [...e.bodyCheck.areas] : [],
    feeling: e.bodyCheck?.feeling ?? '',
    intensity: e.bodyCheck?.intensity ?? null,
  };
  if (e.promptId) value.promptId = e.promptId;
  if (e.questionId) value.questionId = e.questionId;
  return value;
}

export function toPayload(v: EntryValue): JsonObject {
  const payload: JsonObject = {
    title: v.title,
    body: v.body,
    tags: v.tags,
    bringToSession: v.bringToSession,
    day: v.day,
    areas: v.areas,
    feeling: v.feeling,
    intensity: v.intensity,
  };
  if (v.promptId) payload.promptId = v.promptId;
  if (v.questionId) payload.questionId = v.questionId;
  return payload;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** Read a stored draft defensively: older drafts (e.g. a share) carry only title and body. */
export function fromPayload(payload: unknown, today: LocalDay): EntryValue {
  const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const day = str(p.day);
  const value: EntryValue = {
    title: str(p.title),
    body: str(p.body),
    tags: strings(p.tags),
    bringToSession: p.bringToSession === true,
    day: isLocalDay(day) ? day : today,
    areas: strings(p.areas),
    feeling: str(p.feeling),
    intensity: typeof p.intensity === 'number' && p.intensity >= 0 && p.intensity <= 10 ? p.intensity : null,
  };
  if (str(p.promptId)) value.promptId = str(p.promptId);
  if (str(p.questionId)) value.questionId = str(p.questionId);
  return value;
}

export function hasWords(v: EntryValue): boolean {
  return [v.title, v.body, v.feeling].some((s) => s.trim() !== '') || v.tags.length > 0;
}

/** A body check is kept with the entry only once it has its 0–10 number. */
export function bodyCheckOf(v: EntryValue): { check?: BodyCheck; partial: boolean } {
  const started = v.areas.length > 0 || v.feeling.trim() !== '';
  if (v.intensity === null) return { partial: started };
  return { check: { areas: v.areas, feeling: v.feeling, intensity: v.intensity }, partial: false };
}

/**
 * The entry this value can be saved as, or undefined while it cannot (no body
 * yet, or a day in the future). `complete` is false when part of it (a body
 * check without its number) still lives only in the draft.
 */
export function toEntryInput(v: EntryValue, today: LocalDay): { input?: NewEntry; complete: boolean } {
  if (v.body.trim() === '' || !isLocalDay(v.day) || v.day > today) return { complete: false };
  const { check, partial } = bodyCheckOf(v);
  const input: NewEntry = {
    day: v.day,
    title: v.title,
    body: v.body,
    tags: v.tags,
    bringToSession: v.bringToSession ? 1 : 0,
  };
  if (check) input.bodyCheck = check;
  if (v.promptId) input.promptId = v.promptId;
  if (v.questionId) input.questionId = v.questionId;
  return { input, complete: !partial };
}
