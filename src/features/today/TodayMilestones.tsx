import { useState } from 'react';
import type { LocalDay } from '../../db';
import { t } from '../../i18n';
import { CheckoffDetailsForm } from '../milestones/CheckoffDetailsForm';
import { celebrationFor } from '../milestones/celebrate';
import { milestoneActions } from '../milestones/useMilestones';
import type { TodayMilestone } from './loadToday';

interface Props {
  day: LocalDay;
  items: TodayMilestone[];
}

type Feedback = { kind: 'done'; id: string } | { kind: 'undone' } | { kind: 'saved' };

/** Milestones due today: one tap to check off, then optional notes, or undo. */
export function TodayMilestones({ day, items }: Props) {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [detailsFor, setDetailsFor] = useState<string | null>(null);

  async function toggle(item: TodayMilestone) {
    const { id } = item.milestone;
    if (item.state.doneToday) {
      await milestoneActions.undo(id, day);
      setFeedback({ kind: 'undone' });
      setDetailsFor(null);
    } else {
      await milestoneActions.checkOff(id, day);
      setFeedback({ kind: 'done', id });
    }
  }

  async function undo(id: string) {
    await milestoneActions.undo(id, day);
    setFeedback({ kind: 'undone' });
    setDetailsFor(null);
  }

  const justDone = feedback?.kind === 'done' ? items.find((i) => i.milestone.id === feedback.id) : undefined;
  const message =
    feedback?.kind === 'done' ? t(celebrationFor(feedback.id, day)) : feedback?.kind === 'undone' ? t('checkoff.undone') : feedback?.kind === 'saved' ? t('checkoff.detailsSaved') : '';

  return (
    <section className="card" aria-labelledby="today-steps">
      <h2 id="today-steps">{t('today.steps.heading')}</h2>
      <ul className="steps">
        {items.map((item) => {
          const { milestone, state } = item;
          return (
            <li key={milestone.id} className="step">
              <button
                type="button"
                className="step-check"
                aria-pressed={state.doneToday}
                onClick={() => void toggle(item)}
              >
                <span className="step-box" aria-hidden="true" />
                <span className="step-title">{milestone.title}</span>
              </button>
              <p className="step-meta">
                {state.doneToday ? t('checkoff.done') : t('checkoff.notYet')}
                {state.week ? ` · ${t('checkoff.week', { done: state.week.done, times: state.week.times })}` : ''}
                {` · ${t('today.steps.forGoal', { goal: item.goalTitle })}`}
              </p>
            </li>
          );
        })}
      </ul>
      <p role="status" className={feedback?.kind === 'done' ? 'celebrate show' : 'celebrate'}>
        {message}
      </p>
      {justDone?.state.doneToday ? (
        <div className="actions">
          {detailsFor !== justDone.milestone.id ? (
            <button type="button" className="button" onClick={() => setDetailsFor(justDone.milestone.id)}>
              {t('checkoff.howItWent')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => void undo(justDone.milestone.id)}>
            {t('checkoff.undo')}
          </button>
        </div>
      ) : null}
      {justDone?.state.doneToday && detailsFor === justDone.milestone.id ? (
        <CheckoffDetailsForm
          milestone={justDone.milestone}
          day={day}
          onSaved={() => {
            setDetailsFor(null);
            setFeedback({ kind: 'saved' });
          }}
        />
      ) : null}
    </section>
  );
}
