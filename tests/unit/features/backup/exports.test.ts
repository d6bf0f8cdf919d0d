import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvZip, journalMarkdown, toCsv } from '../../../../src/features/backup/exports';

describe('exports', () => {
  it('writes the journal as Markdown, oldest first, without deleted entries', () => {
    const md = journalMarkdown(
      {
        journalEntries: [
          { id: 'b', day: '2026-11-28', createdAt: '2', title: 'Second', body: 'later', tags: ['calm'] },
          { id: 'a', day: '2026-11-27', createdAt: '1', title: '', body: 'earlier', tags: [] },
          { id: 'c', day: '2026-11-29', createdAt: '3', title: 'Gone', body: 'deleted', tags: [], deletedAt: 'x' },
        ],
      },
      '2026-11-29',
    );
    expect(md).toContain('## 2026-11-27\n\nearlier');
    expect(md).toContain('## 2026-11-28 — Second\n\nlater\n\nTags: calm');
    expect(md.indexOf('earlier')).toBeLessThan(md.indexOf('later'));
    expect(md).not.toContain('deleted');
  });

  it('escapes CSV cells and defuses spreadsheet formulas', () => {
    const csv = toCsv([{ text: 'said "hi", then left', n: 3, f: '=SUM(A1)' }], ['text', 'n', 'f', 'missing']);
    expect(csv).toBe('text,n,f,missing\r\n"said ""hi"", then left",3,\'=SUM(A1),\r\n');
  });

  it('zips one CSV per kind with numeric values and ISO dates', () => {
    const zip = unzipSync(
      csvZip({
        logItems: [{ id: '1', day: '2026-11-28', occurredAt: '2026-11-28T10:00:00.000Z', kind: 'success', text: 'Called Mum' }],
        checkins: [{ id: '2', day: '2026-11-29', slot: 'weekly', overall: 6, note: '', ratings: [{ goalId: 'g', value: 4 }] }],
      }),
    );
    expect(Object.keys(zip).sort()).toEqual([
      'check-ins.csv',
      'practice.csv',
      'questionnaires.csv',
      'successes-and-surprises.csv',
    ]);
    expect(strFromU8(zip['successes-and-surprises.csv'] ?? new Uint8Array())).toContain(
      '2026-11-28,2026-11-28T10:00:00.000Z,success,Called Mum',
    );
    expect(strFromU8(zip['check-ins.csv'] ?? new Uint8Array())).toContain('2026-11-29,weekly,6,g=4');
  });
});
