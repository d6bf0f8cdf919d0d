import { useRef, useState } from 'react';
import { Link } from '../../app/Link';
import { useParams } from '../../app/router';
import type { MeasureId, MeasureResult } from '../../db';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { measureIds, measureSpecs, needsSafetyScreen } from '../../lib/measures';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { SafetyPanel } from '../crisis/SafetyPanel';
import { measuresRepo } from './checkins.repo';
import { MeasureResultCard } from './MeasureResultCard';
import { useMeasureState } from './useCheckins';
import './checkins.css';

const isMeasureId = (v: string | undefined): v is MeasureId => measureIds.some((m) => m === v);

export default function MeasureScreen() {
  const id = useParams('/measures/:id').id;
  if (!isMeasureId(id)) {
    return (
      <Screen title={t('measures.missing.title')}>
        <EmptyState title={t('measures.missing.title')}>
          <p>{t('measures.missing.body')}</p>
          <Link to="/checkin">{t('measures.back')}</Link>
        </EmptyState>
      </Screen>
    );
  }
  return <MeasureLoader measure={id} />;
}

function MeasureLoader({ measure }: { measure: MeasureId }) {
  const state = useMeasureState(measure);
  // The form reads draft/previous only when it mounts; later live updates (its own saves) do not reset it.
  if (!state) return <Screen title={measureSpecs[measure].name}>{null}</Screen>;
  return <MeasureForm key={measure} measure={measure} draft={state.draft} previous={state.previous} />;
}

interface MeasureFormProps {
  measure: MeasureId;
  draft: MeasureResult | null;
  previous: MeasureResult | null;
}

function MeasureForm({ measure, draft, previous }: MeasureFormProps) {
  const spec = measureSpecs[measure];
  const [answers, setAnswers] = useState<(number | null)[]>(() => draft?.answers ?? Array<number | null>(spec.items).fill(null));
  const [result, setResult] = useState<MeasureResult | null>(null);
  const [message, setMessage] = useState('');
  const [previousAtStart] = useState(previous);
  const draftId = useRef<string | undefined>(draft?.id);
  // Saves run one after another so a quick second tap cannot create a second draft.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  function save(next: (number | null)[]): Promise<unknown> {
    queue.current = queue.current.then(async () => {
      const row = await measuresRepo.saveDraft(measure, next, { id: draftId.current, day: todayLocal() });
      draftId.current = row.id;
    });
    return queue.current;
  }

  function answer(index: number, value: number) {
    const next = answers.map((a, i) => (i === index ? value : a));
    setAnswers(next);
    setMessage('');
    void save(next);
  }

  async function finish() {
    const missing = answers.filter((a) => a === null).length;
    if (missing > 0) {
      setMessage(t('measures.incomplete', { count: missing }));
      return;
    }
    await save(answers);
    if (!draftId.current) return;
    setResult(await measuresRepo.complete(draftId.current));
  }

  const safety = needsSafetyScreen(measure, answers);
  return (
    <Screen title={spec.name} lead={t('measures.lead')}>
      {safety ? <SafetyPanel /> : null}
      {result ? (
        <>
          <MeasureResultCard result={result} previous={previousAtStart} />
          <div className="actions">
            <Link to="/checkin" className="button primary">
              {t('measures.back')}
            </Link>
            <Link to="/progress" className="button">
              {t('measures.seeProgress')}
            </Link>
          </div>
        </>
      ) : (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void finish();
          }}
          noValidate
        >
          <p>
            <strong>{spec.stem}</strong>
          </p>
          {spec.questions.map((question, i) => (
            <fieldset key={question} className="measure-item">
              <legend>
                {i + 1}. {question}
              </legend>
              {spec.options.map((option) => (
                <label key={option.value} className="measure-option">
                  <input
                    type="radio"
                    name={`${measure}-${i}`}
                    value={option.value}
                    checked={answers[i] === option.value}
                    onChange={() => answer(i, option.value)}
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <p className="field-error" role="alert">
            {message}
          </p>
          <div className="actions">
            <button type="submit" className="button primary">
              {t('measures.finish')}
            </button>
          </div>
          <p className="field-hint">{t('measures.draftHint')}</p>
          <p className="measure-attribution">{spec.attribution}</p>
        </form>
      )}
    </Screen>
  );
}
