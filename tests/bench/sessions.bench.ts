import { bench, describe } from 'vitest';
import { db } from '../../src/db';
import { loadDue } from '../../src/features/checkins/useDue';
import { settingsRepo } from '../../src/features/settings/settings.repo';
import { loadProgress } from '../../src/features/progress/useProgress';
import { goalsHistory, sessionsAndCheckins } from '../fixtures/dataset';

// Today's due card and the Progress tab must stay as fast with ten years of
// sessions, check-ins and questionnaires as with none.
const NOW = new Date('2026-11-29T09:30:00Z');
const DAY = '2026-11-29';
const history = goalsHistory();
const data = sessionsAndCheckins();

async function fill(full: boolean): Promise<void> {
  const tables = [db.goals, db.milestones, db.checkoffs, db.sessions, db.checkins, db.measureResults, db.settings];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    await settingsRepo.set('checkinWeekday', 1);
    await settingsRepo.set('checkinBeforeSession', true);
    await db.goals.bulkAdd(history.goals);
    await db.milestones.bulkAdd(history.milestones);
    if (!full) return;
    await db.checkoffs.bulkAdd(history.checkoffs);
    await db.sessions.bulkAdd(data.sessions);
    await db.checkins.bulkAdd(data.checkins);
    await db.measureResults.bulkAdd(data.measures);
  });
}

describe(`Today's due card: empty vs ten years (${data.sessions.length} sessions, ${data.checkins.length} check-ins)`, () => {
  bench('no history', () => loadDue(NOW).then(() => undefined), { setup: () => fill(false) });
  bench('ten years', () => loadDue(NOW).then(() => undefined), { setup: () => fill(true) });
});

describe('Progress tab loader: empty vs ten years', () => {
  bench('no history', () => loadProgress(DAY).then(() => undefined), { setup: () => fill(false) });
  bench('ten years', () => loadProgress(DAY).then(() => undefined), { setup: () => fill(true) });
});
