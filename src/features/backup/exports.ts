import { strToU8, zipSync } from 'fflate';
import type { Tables } from './backupFile';

// Human-readable exports built from a backup dump (soft-deleted rows left out).

type Row = Record<string, unknown>;

const live = (rows: Row[] | undefined): Row[] => (rows ?? []).filter((row) => row.deletedAt === undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The journal as one Markdown file, oldest first, each entry under its date. */
export function journalMarkdown(tables: Tables, exportedOn: string): string {
  const entries = live(tables.journalEntries).sort(
    (a, b) => text(a.day).localeCompare(text(b.day)) || text(a.createdAt).localeCompare(text(b.createdAt)),
  );
  const parts = [`# Journal`, '', `Exported from Between on ${exportedOn}.`, ''];
  for (const entry of entries) {
    const title = text(entry.title);
    parts.push(`## ${text(entry.day)}${title ? ` — ${title}` : ''}`, '', text(entry.body), '');
    const tags = Array.isArray(entry.tags) ? entry.tags.filter((t): t is string => typeof t === 'string') : [];
    if (tags.length) parts.push(`Tags: ${tags.join(', ')}`, '');
  }
  return parts.join('\n');
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const raw =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
  // Quote when needed; a leading =,+,-,@ is prefixed so spreadsheets don't run it as a formula.
  const safe = /^[=+\-@]/.test(raw) && typeof value === 'string' ? `'${raw}` : raw;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: Row[], columns: readonly string[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV files for logs, check-ins, questionnaires and practice, zipped into one download. */
export function csvZip(tables: Tables): Uint8Array {
  const checkins = live(tables.checkins).map((row) => ({
    ...row,
    ratings: Array.isArray(row.ratings)
      ? row.ratings.map((r: { goalId?: string; value?: number }) => `${r.goalId}=${r.value}`).join('; ')
      : '',
  }));
  const measures = live(tables.measureResults).map((row) => ({
    ...row,
    answers: Array.isArray(row.answers) ? row.answers.join(' ') : '',
  }));
  const files = {
    'successes-and-surprises.csv': toCsv(live(tables.logItems), ['day', 'occurredAt', 'kind', 'text', 'detail']),
    'check-ins.csv': toCsv(checkins, ['day', 'slot', 'overall', 'ratings', 'note', 'createdAt']),
    'questionnaires.csv': toCsv(measures, ['day', 'measure', 'status', 'total', 'answers', 'takenAt']),
    'practice.csv': toCsv(live(tables.checkoffs), [
      'day',
      'milestoneId',
      'goalId',
      'how',
      'rating',
      'amount',
      'gotInTheWay',
      'learned',
      'doneAt',
    ]),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strToU8(content)])));
}
