import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { logsRepo } from '../../../../src/features/logs/logs.repo';
import { chosenSections, prepText, type PrepSection } from '../../../../src/features/sessions/prep';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { loadPrep } from '../../../../src/features/sessions/usePrep';
import { resetDb } from '../../../fixtures/db';

const sections: PrepSection[] = [
  { key: 'moments', title: 'Moments', lines: ['Went for a walk'] },
  { key: 'bringUp', title: 'Bring up', lines: ['Sleep'] },
  { key: 'bring', title: 'Entries', lines: [] },
];

describe('session prep', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-20T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('includes only chosen, non-empty sections in a fixed order', () => {
    expect(chosenSections(sections, new Set())).toEqual([]);
    expect(chosenSections(sections, new Set(['moments', 'bringUp', 'bring'])).map((s) => s.key)).toEqual(['bringUp', 'moments']);
    expect(prepText('For my next session', chosenSections(sections, new Set(['moments'])))).toBe(
      'For my next session\n\nMoments\n- Went for a walk\n',
    );
  });

  it('gathers bring-to-session entries and moments since the last session, and what to bring up next', async () => {
    await sessionsRepo.add({ startsAt: '2024-05-13T09:00:00Z', day: '2024-05-13' });
    await sessionsRepo.add({ startsAt: '2024-05-27T09:00:00Z', day: '2024-05-27', bringUp: 'Talk about work' });
    await journalRepo.add({ day: '2024-05-10', title: '', body: 'Before the session', tags: [], bringToSession: 1 });
    await journalRepo.add({ day: '2024-05-14', title: 'Tuesday', body: 'After the session', tags: [], bringToSession: 1 });
    await journalRepo.add({ day: '2024-05-15', title: '', body: 'Not flagged', tags: [], bringToSession: 0 });
    await logsRepo.add({ kind: 'success', text: 'Old one', day: '2024-05-12', occurredAt: '2024-05-12T10:00:00Z' });
    await logsRepo.add({ kind: 'surprise', text: 'New one', day: '2024-05-13', occurredAt: '2024-05-13T18:00:00Z' });
    const data = await loadPrep();
    expect(data.sinceDay).toBe('2024-05-13');
    expect(data.bring.map((e) => e.body)).toEqual(['After the session']);
    expect(data.moments.map((m) => m.text)).toEqual(['New one']);
    expect(data.bringUp).toBe('Talk about work');
    expect(data.question).toBeUndefined();
  });
});
