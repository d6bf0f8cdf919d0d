import { describe, expect, it } from 'vitest';
import { resurfaceReason, type ResurfaceInputs } from '../../../../src/features/why/resurface';

const base: ResurfaceInputs = { today: '2026-11-29', quietDays: 4, ratingDrop: 2 };

describe('when "my why" resurfaces', () => {
  it('after exactly N quiet days, not one day sooner', () => {
    expect(resurfaceReason({ ...base, lastActivityDay: '2026-11-26' })).toBeUndefined(); // 3 days
    expect(resurfaceReason({ ...base, lastActivityDay: '2026-11-25' })).toEqual({ reason: 'quiet', days: 4, key: 'quiet:2026-11-25' });
    expect(resurfaceReason({ ...base, quietDays: 7, lastActivityDay: '2026-11-23' })).toBeUndefined(); // 6 of 7
  });

  it('counts calendar days across the clock change', () => {
    // Summer time ends 25 Oct in London: 22 Oct to 26 Oct is still 4 calendar days.
    expect(resurfaceReason({ ...base, today: '2026-10-26', lastActivityDay: '2026-10-22' })).toMatchObject({ reason: 'quiet', days: 4 });
  });

  it('never for someone who has not started yet', () => {
    expect(resurfaceReason(base)).toBeUndefined();
  });

  it('when the overall rating fell by at least the threshold since the previous check-in', () => {
    const latest = (overall: number) => ({ latestOverall: { id: 'ci-2', overall } });
    expect(resurfaceReason({ ...base, ...latest(5), previousOverall: 6 })).toBeUndefined(); // fell 1
    expect(resurfaceReason({ ...base, ...latest(4), previousOverall: 6 })).toEqual({ reason: 'drop', by: 2, key: 'drop:ci-2' });
    expect(resurfaceReason({ ...base, ...latest(8), previousOverall: 6 })).toBeUndefined(); // rose
    expect(resurfaceReason({ ...base, ...latest(4) })).toBeUndefined(); // only one check-in
    expect(resurfaceReason({ ...base, ratingDrop: 3, ...latest(4), previousOverall: 6 })).toBeUndefined();
  });

  it('is shown once per occasion: a put-away occasion stays away until a new one', () => {
    const quiet = { ...base, lastActivityDay: '2026-11-20' };
    expect(resurfaceReason({ ...quiet, dismissedFor: 'quiet:2026-11-20' })).toBeUndefined();
    expect(resurfaceReason({ ...quiet, lastActivityDay: '2026-11-24', dismissedFor: 'quiet:2026-11-20' })).toMatchObject({ reason: 'quiet' });
    const drop = { ...base, latestOverall: { id: 'ci-2', overall: 2 }, previousOverall: 7 };
    expect(resurfaceReason({ ...drop, dismissedFor: 'drop:ci-2' })).toBeUndefined();
    // With the drop put away, a long quiet spell is still its own occasion.
    expect(resurfaceReason({ ...drop, lastActivityDay: '2026-11-01', dismissedFor: 'drop:ci-2' })).toMatchObject({ reason: 'quiet' });
  });
});
