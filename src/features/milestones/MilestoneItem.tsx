import { format, parseISO } from 'date-fns';
import { useState, type FormEvent } from 'react';
import type { LocalDay } from '../../db';
import { t } from '../../i18n';
import { FieldShell } from '../../ui/Field';
import { saveOrErrors } from '../goals/errors';
import { ConsistencyBar } from './ConsistencyBar';
import { MilestoneForm } from './MilestoneForm';
import { describeConsistency, describeMilestone } from './describe';
import { shiftDay } from './schedule';
import { milestoneActions, type MilestoneWithScore } from './useMilestones';

interface Props {
  item: MilestoneWithScore;
  today: LocalDay;
}

/** One small step on its goal's page: schedule, how it has gone lately, and its actions. */
export function MilestoneItem({ item, today }: Props) {
  const { milestone, consistency } = item;
  const [pastOpen, setPastOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [pastDay, setPastDay] = useState(shiftDay(today, -1));
  const [pastError, setPastError] = useState<string>();
  const [note, setNote] = useState('');
  const headingId = `step-${milestone.id}`;

  async function recordPast(event: FormEvent) {
    event.preventDefault();
    const found = await saveOrErrors(() => milestoneActions.checkOff(milestone.id, pastDay));
    setPastError(found ? Object.values(found)[0] : undefined);
    if (!found) setNote(t('milestones.past.saved', { date: format(parseISO(pastDay), 'EEE d MMM') }));
  }

  return (
    <li className="card milestone" aria-labelledby={headingId}>
      <h3 id={headingId}>{milestone.title}</h3>
      <p className="milestone-meta">
        {describeMilestone(milestone)}
        {milestone.status !== 'active' ? ` · ${t(milestone.status === 'paused' ? 'milestones.paused' : 'milestones.archived')}` : ''}
      </p>
      <p>{describeConsistency(consistency)}</p>
      <ConsistencyBar score={consistency.score} />
      <div className="actions">
        <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('milestones.editToggle')}
        </button>
        <button type="button" className="button" aria-expanded={pastOpen} onClick={() => setPastOpen(!pastOpen)}>
          {t('milestones.past.toggle')}
        </button>
        {milestone.status === 'active' ? (
          <button type="button" className="button" onClick={() => void milestoneActions.setStatus(milestone.id, 'paused')}>
            {t('milestones.pause')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void milestoneActions.setStatus(milestone.id, 'active')}>
            {t('milestones.resume')}
          </button>
        )}
        {milestone.status !== 'archived' ? (
          <button type="button" className="button" onClick={() => void milestoneActions.setStatus(milestone.id, 'archived')}>
            {t('milestones.archive')}
          </button>
        ) : null}
      </div>
      {editing ? <MilestoneForm goalId={milestone.goalId} initial={milestone} onDone={() => setEditing(false)} /> : null}
      {pastOpen ? (
        <form className="past-form" onSubmit={(e) => void recordPast(e)} noValidate>
          <FieldShell label={t('milestones.past.day')} error={pastError}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="date" max={today} aria-describedby={describedBy} aria-invalid={invalid || undefined}
                value={pastDay} onChange={(e) => setPastDay(e.target.value)} />
            )}
          </FieldShell>
          <button type="submit" className="button primary">
            {t('milestones.past.save')}
          </button>
        </form>
      ) : null}
      <p role="status" className="milestone-note">
        {note}
      </p>
    </li>
  );
}
