import { useState, type FormEvent } from 'react';
import type { LogKind } from '../../db';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { ValidationError } from '../../lib/errors';
import { ChipGroup } from '../../ui/ChipGroup';
import { FieldShell, TextArea, TextField } from '../../ui/Field';
import { useFormDraft } from '../goals/useFormDraft';
import { momentActions } from './useMoments';
import { SubmitRow } from '../../ui/SubmitRow';

/** Note a success or a surprise, for today or an earlier day. */
interface Fields {
  [key: string]: string;
  kind: LogKind;
  text: string;
  detail: string;
  day: string;
}

/** Note a success or a surprise, for today or an earlier day. */
export function MomentForm() {
  const draft = useFormDraft<Fields>('moment:new', 'moment');
  if (!draft.loaded) return null;
  return <MomentFields draft={draft} />;
}

function MomentFields({ draft }: { draft: ReturnType<typeof useFormDraft<Fields>> }) {
  const today = todayLocal();
  const [f, setFields] = useState<Fields>(() => ({ kind: 'success', text: '', detail: '', day: today, ...draft.saved }));
  const [errors, setErrors] = useState<{ text?: string; day?: string }>({});
  const [saved, setSaved] = useState('');
  const { kind, text, detail, day } = f;
  const set = (patch: Partial<Pick<Fields, 'kind' | 'text' | 'detail' | 'day'>>) => {
    const next: Fields = { ...f, ...patch };
    setFields(next);
    draft.keep(next);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await momentActions.add({ kind, text, detail, day });
      await draft.clear();
      setErrors({});
      setFields({ ...f, text: '', detail: '' });
      setSaved(t(kind === 'success' ? 'moments.saved.success' : 'moments.saved.surprise'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setSaved('');
      if (error.field === 'text') setErrors({ text: t('moments.error.text') });
      else setErrors({ day: t(error.params.reason === 'future' ? 'moments.error.day' : 'milestones.error.dayMissing') });
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="moment-add">
      <h2 id="moment-add">{t('moments.add.heading')}</h2>
      <ChipGroup
        legend={t('moments.kind')}
        single
        options={[
          { value: 'success', label: t('moments.kind.success') },
          { value: 'surprise', label: t('moments.kind.surprise') },
        ]}
        selected={[kind]}
        onChange={(sel) => set({ kind: sel[0] === 'surprise' ? 'surprise' : 'success' })}
      />
      <TextField
        label={t(kind === 'success' ? 'moments.text.success' : 'moments.text.surprise')}
        value={text}
        error={errors.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <TextArea label={t('moments.detail')} rows={3} value={detail} onChange={(e) => set({ detail: e.target.value })} />
      <FieldShell label={t('moments.day')} error={errors.day}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="date" max={today} aria-describedby={describedBy} aria-invalid={invalid || undefined}
            value={day} onChange={(e) => set({ day: e.target.value })} />
        )}
      </FieldShell>
      <SubmitRow label={t('moments.save')} status={saved} primary statusClassName="moment-saved" />
    </form>
  );
}
