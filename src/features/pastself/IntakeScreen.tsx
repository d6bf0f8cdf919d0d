import { useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { ValidationError } from '../../lib/errors';
import { TextArea, TextField } from '../../ui/Field';
import { RatingScale } from '../../ui/RatingScale';
import { Screen } from '../../ui/Screen';
import { INTAKE_DRAFT_KEY } from './useTodayPastSelf';
import { INTAKE_STEPS, readIntakeDraft, toIntakeInput, type IntakeDraft } from './intakeDraft';
import { pastSelfActions, startIntakeDraft, useActiveGoals } from './usePastSelf';
import { useDraftState } from './useDraftState';
import './pastself.css';

type Errors = { whyCame?: string; startedDay?: string };

/**
 * Where I started: a short, skippable three-step flow. Every answer is kept as
 * a draft while typing, so leaving half way loses nothing.
 */
export default function IntakeScreen() {
  const draft = useDraftState<IntakeDraft>(INTAKE_DRAFT_KEY, 'intake', startIntakeDraft, readIntakeDraft);
  const goals = useActiveGoals();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const d = draft.value;
  const today = todayLocal();
  const ratingGoals = (goals ?? []).filter((g) => g.metric.kind === 'rating');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!d) return;
    if (d.step < INTAKE_STEPS - 1) {
      draft.change({ step: d.step + 1 });
      return;
    }
    if (d.startedDay !== '' && d.startedDay > today) {
      setErrors({ startedDay: t('intake.error.future') });
      return;
    }
    setBusy(true);
    try {
      await pastSelfActions.saveIntake(toIntakeInput(d, ratingGoals.map((g) => g.id)));
      await draft.discard();
      navigate('/past-self');
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      if (error.field === 'startedDay') setErrors({ startedDay: t(error.params.reason === 'future' ? 'intake.error.future' : 'intake.error.date') });
      else {
        setErrors({ whyCame: t('intake.error.empty') });
        draft.change({ step: 0 });
      }
    } finally {
      setBusy(false);
    }
  }

  function rating(goalId: string): number | null {
    return d?.ratings.find((r) => r.goalId === goalId)?.value ?? null;
  }

  return (
    <Screen title={t('intake.title')} lead={t('intake.lead')}>
      {d ? (
        <form className="card pastself-intake" onSubmit={(e) => void submit(e)} noValidate>
          <p className="field-hint" aria-live="polite">
            {t('intake.step', { n: d.step + 1, of: INTAKE_STEPS })}
            {draft.resumed ? ` ${t('intake.resumed')}` : ''}
          </p>
          {d.step === 0 ? (
            <>
              <TextArea
                label={t('intake.whyCame')}
                hint={t('intake.whyCame.hint')}
                rows={4}
                value={d.whyCame}
                error={errors.whyCame}
                onChange={(e) => {
                  draft.change({ whyCame: e.target.value });
                  setErrors({});
                }}
              />
              <TextArea label={t('intake.hopes')} hint={t('intake.hopes.hint')} rows={4} value={d.hopes} onChange={(e) => draft.change({ hopes: e.target.value })} />
            </>
          ) : null}
          {d.step === 1 ? (
            <>
              <RatingScale
                legend={t('intake.overall')}
                lowLabel={t('intake.overall.low')}
                highLabel={t('intake.overall.high')}
                value={d.overall}
                onChange={(overall) => {
                  draft.change({ overall });
                  setErrors({});
                }}
              />
              {ratingGoals.length > 0 ? <p className="field-hint">{t('intake.goals.hint')}</p> : null}
              {ratingGoals.map((g) =>
                g.metric.kind === 'rating' ? (
                  <RatingScale
                    key={g.id}
                    legend={t('intake.goalRating', { goal: g.title })}
                    lowLabel={g.metric.lowLabel || t('intake.overall.low')}
                    highLabel={g.metric.highLabel || t('intake.overall.high')}
                    value={rating(g.id)}
                    onChange={(value) => draft.change({ ratings: [...d.ratings.filter((r) => r.goalId !== g.id), { goalId: g.id, value }] })}
                  />
                ) : null,
              )}
            </>
          ) : null}
          {d.step === 2 ? (
            <TextField
              label={t('intake.started')}
              hint={t('intake.started.hint')}
              type="date"
              max={today}
              value={d.startedDay}
              error={errors.startedDay}
              onChange={(e) => {
                draft.change({ startedDay: e.target.value });
                setErrors({});
              }}
            />
          ) : null}
          <div className="actions">
            {d.step > 0 ? (
              <button type="button" className="button" onClick={() => draft.change({ step: d.step - 1 })}>
                {t('intake.back')}
              </button>
            ) : null}
            <button type="submit" className="button primary" disabled={busy}>
              {d.step < INTAKE_STEPS - 1 ? t('intake.next') : t('intake.keep')}
            </button>
            <Link to="/past-self" className="button" onClick={() => void draft.flush()}>
              {t('intake.later')}
            </Link>
          </div>
        </form>
      ) : (
        <p className="loading">{t('pastself.loading')}</p>
      )}
    </Screen>
  );
}
