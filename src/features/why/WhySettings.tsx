import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { TextField } from '../../ui/Field';
import { whyActions } from './useWhy';
import { SubmitRow } from '../../ui/SubmitRow';

/** When "my why" comes back on Today. Stored with the other settings. */
export function WhySettings({ quietDays, ratingDrop }: { quietDays: number; ratingDrop: number }) {
  const [days, setDays] = useState(String(quietDays));
  const [drop, setDrop] = useState(String(ratingDrop));
  const [errors, setErrors] = useState<{ days?: string; drop?: string }>({});
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: { days?: string; drop?: string } = {};
    try {
      await whyActions.setQuietDays(Number(days));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      next.days = t('why.settings.daysRange');
    }
    try {
      await whyActions.setRatingDrop(Number(drop));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      next.drop = t('why.settings.dropRange');
    }
    setErrors(next);
    setStatus(next.days || next.drop ? '' : t('why.settings.saved'));
  }

  return (
    <form className="card" aria-labelledby="why-settings" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="why-settings">{t('why.settings.title')}</h2>
      <p className="field-hint">{t('why.settings.body')}</p>
      <TextField label={t('why.settings.days')} inputMode="numeric" value={days} error={errors.days} onChange={(e) => setDays(e.target.value)} />
      <TextField label={t('why.settings.drop')} inputMode="numeric" value={drop} error={errors.drop} onChange={(e) => setDrop(e.target.value)} />
      <SubmitRow label={t('why.settings.save')} status={status} />
    </form>
  );
}
