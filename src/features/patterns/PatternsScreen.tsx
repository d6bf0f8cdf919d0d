import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { navigate, useLocation } from '../../app/router';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { TextArea, TextField } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { useTodayDay } from '../today/useTodayDay';
import { LIST_WEEKS, patternActions, usePatternList } from './usePatterns';
import './patterns.css';

const EXAMPLES = ['patterns.example.should', 'patterns.example.avoidance', 'patterns.example.perfectionism', 'patterns.example.pleasing'] as const;

export default function PatternsScreen() {
  const today = useTodayDay();
  const list = usePatternList(today);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Deleting on a pattern's page lands here with ?deleted=<id> so Undo is offered.
  const { search } = useLocation();
  const [deleted, setDeleted] = useState<string | null>(() => new URLSearchParams(search).get('deleted'));
  const closeToast = useCallback(() => setDeleted(null), []);
  useEffect(() => {
    if (new URLSearchParams(search).has('deleted')) navigate('/patterns', { replace: true });
  }, [search]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setError(t('patterns.error.name'));
    try {
      const pattern = await patternActions.add(name, description);
      navigate(`/patterns/${encodeURIComponent(pattern.id)}`);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(t(e.messageKey === 'validation.duplicate' ? 'patterns.error.duplicate' : 'patterns.error.name'));
    }
  }

  return (
    <Screen title={t('patterns.title')} lead={t('patterns.lead')}>
      {list && list.length > 0 ? (
        <section aria-labelledby="patterns-list">
          <h2 id="patterns-list">{t('patterns.list.title')}</h2>
          <ul className="link-list">
            {list.map(({ pattern, recent }) => (
              <li key={pattern.id}>
                <Link to={`/patterns/${encodeURIComponent(pattern.id)}`}>
                  <strong>{pattern.name}</strong>
                  <span className="hint">
                    {recent === 0
                      ? t('patterns.list.none', { weeks: LIST_WEEKS })
                      : t(recent === 1 ? 'patterns.list.once' : 'patterns.list.times', { count: recent, weeks: LIST_WEEKS })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form className="card" aria-labelledby="patterns-new" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="patterns-new">{t('patterns.new.title')}</h2>
        <p className="field-hint">{t('patterns.new.body')}</p>
        <div className="chip-row" role="group" aria-label={t('patterns.examples')}>
          {EXAMPLES.map((key) => (
            <button key={key} type="button" className="chip" onClick={() => { setName(t(key)); setError(undefined); }}>
              {t(key)}
            </button>
          ))}
        </div>
        <TextField label={t('patterns.name')} hint={t('patterns.name.hint')} value={name} error={error} onChange={(e) => { setName(e.target.value); setError(undefined); }} />
        <TextArea label={t('patterns.description')} hint={t('patterns.description.hint')} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('patterns.new.save')}
          </button>
        </div>
      </form>
      {deleted ? (
        <UndoToast
          key={deleted}
          message={t('patterns.deleted')}
          undoLabel={t('patterns.undo')}
          onUndo={() => void patternActions.restore(deleted)}
          onClose={closeToast}
        />
      ) : null}
    </Screen>
  );
}
