import { db } from '../../db';
import type { Reminder, ReminderTargetKind } from '../../db';
import { createRecordRepo } from '../../db/records';
import { ValidationError } from '../../lib/errors';
import { cleanList, requireNumberInRange, requireOneOf, requireText, requireTime } from '../../lib/validate';

const targetKinds: readonly ReminderTargetKind[] = ['milestone', 'checkin', 'question', 'journal', 'sessionPrep', 'standalone'];

function prepare(r: Reminder): Reminder {
  requireOneOf('target.kind', r.target.kind, targetKinds);
  requireText('title', r.title);
  const times = cleanList(r.times).sort();
  if (times.length === 0) throw new ValidationError('times', 'validation.required');
  for (const t of times) requireTime('times', t);
  for (const d of r.weekdays) requireNumberInRange('weekdays', d, 0, 6, { integer: true });
  if (r.quiet) {
    requireTime('quiet.from', r.quiet.from);
    requireTime('quiet.to', r.quiet.to);
  }
  return { ...r, title: r.title.trim(), times, weekdays: [...new Set(r.weekdays)].sort((a, b) => a - b) };
}

const base = createRecordRepo(db.reminders, { prepare });

export const remindersRepo = {
  ...base,

  listEnabled(): Promise<Reminder[]> {
    return db.reminders.where('enabled').equals(1).filter((r) => r.deletedAt === undefined).toArray();
  },

  /** Reminders attached to one item (e.g. a milestone), for its edit screen. */
  listForTarget(kind: ReminderTargetKind, id?: string): Promise<Reminder[]> {
    return db.reminders.filter((r) => r.deletedAt === undefined && r.target.kind === kind && r.target.id === id).toArray();
  },

  setEnabled(id: string, enabled: boolean): Promise<Reminder> {
    return base.update(id, { enabled: enabled ? 1 : 0 });
  },
};
