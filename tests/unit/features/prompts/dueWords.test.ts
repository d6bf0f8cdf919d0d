import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dueWords, questionMeta } from '../../../../src/features/prompts/dueWords';

// 2026-11-29 is a Sunday.
const today = '2026-11-29';

describe('due dates in plain words', () => {
  beforeEach(() => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  it('says today, tomorrow, a few days with the weekday, or the date', () => {
    expect(dueWords('2026-11-29', today)).toBe('Due today');
    expect(dueWords('2026-11-30', today)).toBe('Due tomorrow');
    expect(dueWords('2026-12-02', today)).toBe('Due in 3 days (Wednesday)');
    expect(dueWords('2026-12-05', today)).toBe('Due in 6 days (Saturday)');
    expect(dueWords('2026-12-06', today)).toBe('Due by Sunday 6 December');
    expect(dueWords('2027-01-04', today)).toBe('Due by Monday, 4 January 2027');
  });

  it('ties the due date to the next session when they fall on the same day', () => {
    expect(dueWords('2026-12-03', today, '2026-12-03')).toBe('Before Thursday’s session');
    expect(dueWords('2026-12-03', today, '2026-12-10')).toBe('Due in 4 days (Thursday)');
  });

  it('is gentle about a date that has passed', () => {
    expect(dueWords('2026-11-26', today)).toBe('It was meant for Thursday 26 November. You can still answer it whenever you are ready.');
  });

  it('counts calendar days across the clock change', () => {
    expect(dueWords('2026-03-30', '2026-03-28')).toBe('Due in 2 days (Monday)');
  });

  it('joins sender and due date, or says nothing', () => {
    expect(questionMeta({ from: 'Sam', dueDay: '2026-11-30' }, today)).toBe('From Sam · Due tomorrow');
    expect(questionMeta({}, today)).toBe('');
  });
});

describe('date format', () => {
  it('follows the device region', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    expect(dueWords('2026-12-06', today)).toBe('Due by Sunday, December 6');
  });
});
