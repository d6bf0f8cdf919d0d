/** Cheap input checks used at repo boundaries. Each throws a ValidationError. */
import type { BodyCheck } from '../db/types';
import { isLocalDay } from './days';
import { ValidationError } from './errors';

// Checks also guard against wrongly-typed values at runtime (imports, restored backups).

export function requireText(field: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(field, 'validation.required');
}

export function requireNumberInRange(
  field: string,
  value: number,
  min: number,
  max: number,
  { integer = false }: { integer?: boolean } = {},
): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) throw new ValidationError(field, 'validation.outOfRange', { min, max });
}

export function requireFinite(field: string, value: number): void {
  if (!Number.isFinite(value)) throw new ValidationError(field, 'validation.invalidValue');
}

export function requireDay(field: string, value: string): void {
  if (typeof value !== 'string' || !isLocalDay(value)) throw new ValidationError(field, 'validation.invalidDay');
}

/** 'HH:mm', 00:00–23:59. */
export function requireTime(field: string, value: string): void {
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new ValidationError(field, 'validation.invalidTime');
}

/** A parseable timestamp; returns it normalised to ISO UTC so string order is time order. */
export function normaliseTimestamp(field: string, value: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new ValidationError(field, 'validation.invalidTimestamp');
  return new Date(ms).toISOString();
}

export function requireOneOf<T extends string>(field: string, value: T, allowed: readonly T[]): void {
  if (!allowed.includes(value)) throw new ValidationError(field, 'validation.invalidValue');
}

/** Trimmed, non-empty, de-duplicated strings in first-seen order. */
export function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** Intensity 0–10; areas cleaned; feeling trimmed. */
export function validateBodyCheck(field: string, check: BodyCheck): BodyCheck {
  requireNumberInRange(`${field}.intensity`, check.intensity, 0, 10);
  return { ...check, areas: cleanList(check.areas), feeling: check.feeling.trim() };
}
