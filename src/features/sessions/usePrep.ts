import { useLiveQuery } from 'dexie-react-hooks';
import { todayLocal } from '../../lib/days';
import { displayScore, measureIds, measureSpecs } from '../../lib/measures';
import { checkinsRepo, measuresRepo } from '../checkins/checkins.repo';
import { goalsRepo } from '../goals/goals.repo';
import { journalRepo } from '../journal/journal.repo';
import { logsRepo } from '../logs/logs.repo';
import { milestonesRepo } from '../milestones/milestones.repo';
import { shiftDay } from '../milestones/schedule';
import { questionsRepo } from '../prompts/questions.repo';
import type { PrepData } from './prep';
import { sessionsRepo, sinceLastSession } from './sessions.repo';

/** With no session logged yet, "since last session" looks back this many days. */
const FALLBACK_DAYS = 28;

export async function loadPrep(now: Date = new Date()): Promise<PrepData> {
  const today = todayLocal();
  const since = await sinceLastSession(now);
  const sinceDay = since.sinceDay ?? shiftDay(today, -FALLBACK_DAYS);
  const [next, inbox, bring, moments, milestones, goals, checkins] = await Promise.all([
    sessionsRepo.next(now),
    questionsRepo.listInbox(),
    journalRepo.listBringToSession(sinceDay),
    logsRepo.listSince(sinceDay),
    milestonesRepo.listActive(),
    goalsRepo.listByStatus('active'),
    checkinsRepo.listSince(sinceDay),
  ]);
  const question = inbox.find((q) => q.status !== 'archived');
  const answers = question ? await journalRepo.byQuestion(question.id) : [];
  const practice = await Promise.all(
    milestones.map(async (m) => ({ title: m.title, days: (await milestonesRepo.checkoffsBetween(m.id, sinceDay, today)).length })),
  );
  // Rating changes: the first and latest check-in value since the last session.
  const ordered = [...checkins].sort((a, b) => a.day.localeCompare(b.day));
  const changes: PrepData['changes'] = [];
  for (const goal of goals) {
    const values = ordered.flatMap((c) => c.ratings.filter((r) => r.goalId === goal.id).map((r) => r.value));
    const last = values.at(-1);
    if (last === undefined) continue;
    const unit = goal.metric.kind === 'custom' ? ` ${goal.metric.unit}` : '/10';
    const first = values[0];
    changes.push({ label: goal.title, ...(values.length > 1 && first !== undefined ? { before: `${first}${unit}` } : {}), now: `${last}${unit}` });
  }
  for (const measure of measureIds) {
    const rows = (await measuresRepo.listByMeasure(measure)).filter((m) => m.total !== undefined);
    const last = rows.at(-1);
    if (!last || last.day < sinceDay) continue;
    const prev = rows.at(-2);
    const show = (total: number | undefined) => `${displayScore(measure, total ?? 0)}/${measureSpecs[measure].maxScore}`;
    changes.push({ label: measureSpecs[measure].name, ...(prev ? { before: show(prev.total) } : {}), now: show(last.total) });
  }
  return {
    sinceDay,
    ...(question ? { question: { text: question.text, answers: answers.map((a) => a.body) } } : {}),
    bring: bring.map((e) => ({ day: e.day, title: e.title, body: e.body })),
    moments: moments.map((m) => ({ kind: m.kind, day: m.day, text: m.text })),
    practice,
    changes,
    ...(next?.bringUp ? { bringUp: next.bringUp } : {}),
  };
}

export function usePrep() {
  return useLiveQuery(() => loadPrep(new Date()), []);
}
