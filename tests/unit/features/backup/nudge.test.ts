import { describe, expect, it } from 'vitest';
import { backupNudgeDue } from '../../../../src/features/backup/nudge';

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
