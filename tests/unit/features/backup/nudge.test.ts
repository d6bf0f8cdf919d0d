import { describe, expect, it } from 'vitest';
import { backupNudgeDue, backupNudgeReason, changesMeasuredFrom, countWords, isLargeChange, LARGE_CHANGE } from '../../../../src/features/backup/nudge';

const now = new Date('2026-11-29T09:30:00Z');
const base = { now, hasWords: true, everyDays: 14 };

describe('backup suggestion on Today', () => {
  it('never shows in an empty app', () => {
    expect(backupNudgeDue({ ...base, hasWords: false })).toBe(false);
  });

  it('shows with words and no backup yet', () => {
    expect(backupNudgeDue(base)).toBe(true);
  });

  it('waits for the interval after a backup, counting calendar days', () => {
    expect(backupNudgeDue({ ...base, lastBackupAt: '2026-11-16T09:30:00Z' })).toBe(false); // 13 days
    expect(backupNudgeDue({ ...base, lastBackupAt: '2026-11-15T09:30:00Z' })).toBe(true); // 14 days
    expect(backupNudgeDue({ ...base, everyDays: 30, lastBackupAt: '2026-11-15T09:30:00Z' })).toBe(false);
  });

  it('stays away for the same interval after "Not now"', () => {
    expect(backupNudgeDue({ ...base, dismissedAt: '2026-11-28T20:00:00Z' })).toBe(false);
    expect(backupNudgeDue({ ...base, dismissedAt: '2026-11-01T20:00:00Z' })).toBe(true);
  });
});

describe('backup suggestion after large changes', () => {
  const none = { entries: 0, words: 0, items: 0 };
  const recent = { ...base, lastBackupAt: '2026-11-25T09:30:00Z' }; // 4 days ago: interval not due

  it('defines "a lot" by any one threshold, each counted from its exact value', () => {
    expect(LARGE_CHANGE).toEqual({ entries: 20, words: 3000, items: 100 });
    expect(isLargeChange(none)).toBe(false);
    expect(isLargeChange({ entries: 19, words: 2999, items: 99 })).toBe(false);
    expect(isLargeChange({ ...none, entries: 20 })).toBe(true);
    expect(isLargeChange({ ...none, words: 3000 })).toBe(true);
    expect(isLargeChange({ ...none, items: 100 })).toBe(true);
  });

  it('comes early, with its own reason, once a lot changed since the last backup', () => {
    expect(backupNudgeReason({ ...recent, changes: { entries: 19, words: 2999, items: 99 } })).toBeUndefined();
    expect(backupNudgeReason({ ...recent, changes: { ...none, items: 100 } })).toBe('changes');
    // An old backup is the ordinary reason, whatever changed.
    expect(backupNudgeReason({ ...base, lastBackupAt: '2026-11-01T09:30:00Z', changes: { ...none, entries: 20 } })).toBe('interval');
    // Still counting: nothing yet.
    expect(backupNudgeReason({ ...recent, changes: undefined })).toBeUndefined();
  });

  it('needs a backup or a "not now" to measure from; before either, the interval rule decides', () => {
    expect(backupNudgeReason({ ...base, hasWords: false, changes: { ...none, entries: 50 } })).toBeUndefined();
    expect(backupNudgeReason({ ...base, hasWords: false, dismissedAt: '2026-11-27T09:30:00Z', changes: { ...none, entries: 50 } })).toBe('changes');
  });

  it('measures from the later of the last backup and the last "not now"', () => {
    expect(changesMeasuredFrom(undefined, undefined)).toBeUndefined();
    expect(changesMeasuredFrom('2026-11-20T09:00:00Z', undefined)).toBe('2026-11-20T09:00:00Z');
    expect(changesMeasuredFrom('2026-11-20T09:00:00Z', '2026-11-27T20:00:00Z')).toBe('2026-11-27T20:00:00Z');
    expect(changesMeasuredFrom('2026-11-28T09:00:00Z', '2026-11-27T20:00:00Z')).toBe('2026-11-28T09:00:00Z');
    // Compared as moments, not strings.
    expect(changesMeasuredFrom('2026-11-28T09:00:00+03:00', '2026-11-28T07:00:00Z')).toBe('2026-11-28T07:00:00Z');
    expect(changesMeasuredFrom('not a date', '2026-11-27T20:00:00Z')).toBe('2026-11-27T20:00:00Z');
  });

  it('counts words as a person would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords("I didn't skip lunch — self-care, 2 times!")).toBe(7);
    expect(countWords('Ça va mieux, vraiment.')).toBe(4);
  });
});
