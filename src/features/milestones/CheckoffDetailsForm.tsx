import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CheckoffHow, LocalDay, Milestone } from '../../db';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { registerFlusher } from '../../pwa/flush';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextArea, TextField } from '../../ui/Field';
import { RatingScale } from '../../ui/RatingScale';
import type { CheckoffDetails } from './milestones.repo';
import { milestoneActions } from './useMilestones';

interface Props {
  milestone: Milestone;
  day: LocalDay;
  onSaved: () => void;
}

/** The optional "how it went" after a check-off: the quality of practice, not just the tick. */
export function CheckoffDetailsForm({ milestone, day, onSaved }: Props) {
  const [how, setHow] = useState<string[]>([]);
  const [rating, setRating] = useState<number | null>(null);
  const [amount, setAmount] = useState('');
  const [gotInTheWay, setGotInTheWay] = useState('');
  const [learned, setLearned] = useState('');
  const [amountError, setAmountError] = useState<string>();

  function details(): CheckoffDetails {
    const out: CheckoffDetails = { gotInTheWay, learned };
    if (how[0]) out.how = how[0] as CheckoffHow;
    if (rating !== null) out.rating = rating;
    if (amount.trim() !== '') out.amount = Number(amount);
    return out;
  }

  // Notes typed but not yet saved are kept if the app reloads for an update.
  const latest = useRef(details);
  useEffect(() => {
    latest.current = details;
  });
  useEffect(
    () =>
      registerFlusher(async () => {
        const d = latest.current();
        if (d.gotInTheWay || d.learned) await milestoneActions.checkOff(milestone.id, day, d).catch(() => undefined);
      }),
    [milestone.id, day],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await milestoneActions.checkOff(milestone.id, day, details());
      onSaved();
    } catch (error) {
      if (error instanceof ValidationError && error.field === 'amount') setAmountError(t('milestones.error.target'));
      else throw error;
    }
  }

  return (
    <form className="checkoff-details" onSubmit={(e) => void submit(e)} aria-label={t('checkoff.details.heading')}>
      <ChipGroup
        legend={t('checkoff.how')}
        single
        options={(['easy', 'ok', 'hard'] as const).map((v) => ({ value: v, label: t(`checkoff.how.${v}`) }))}
        selected={how}
        onChange={setHow}
      />
      <RatingScale
        legend={t('checkoff.rating')}
        lowLabel={t('checkoff.rating.low')}
        highLabel={t('checkoff.rating.high')}
        value={rating}
        onChange={setRating}
      />
      {milestone.target ? (
        <TextField
          label={t('checkoff.amount', { unit: milestone.target.unit })}
          inputMode="decimal"
          value={amount}
          error={amountError}
          onChange={(e) => setAmount(e.target.value)}
        />
      ) : null}
      <TextArea label={t('checkoff.gotInTheWay')} rows={2} value={gotInTheWay} onChange={(e) => setGotInTheWay(e.target.value)} />
      <TextArea label={t('checkoff.learned')} rows={2} value={learned} onChange={(e) => setLearned(e.target.value)} />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('checkoff.saveDetails')}
        </button>
      </div>
    </form>
  );
}
