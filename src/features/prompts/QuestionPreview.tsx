import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/Link';
import type { TherapistQuestion } from '../../db';
import { t, type MessageKey } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { longDay } from './dueWords';
import type { ImportResult } from './questionLink';
import { questionsRepo, type QuestionPayload } from './questions.repo';

type Problem = Extract<ImportResult, { ok: false }>['reason'];

const problemKeys: Record<Problem, MessageKey> = {
  empty: 'import.problem.empty',
  notBetween: 'import.problem.notBetween',
  wrongVersion: 'import.problem.wrongVersion',
  damaged: 'import.problem.damaged',
  tooLarge: 'import.problem.tooLarge',
  content: 'import.problem.content',
  textTooLong: 'import.problem.textTooLong',
};

/** One kind sentence for why a link or paste could not be read; nothing was stored. */
export function ImportProblem({ reason }: { reason: Problem }) {
  return (
    <div className="card import-problem" role="alert">
      <p>{t(problemKeys[reason])}</p>
      {reason === 'empty' || reason === 'textTooLong' ? null : <p>{t('import.problem.nothingAdded')}</p>}
    </div>
  );
}

interface QuestionPreviewProps {
  payload: QuestionPayload;
  onCancel: () => void;
  /** After the question is stored (or found to be there already). */
  onSaved?: (question: TherapistQuestion, duplicate: boolean) => void;
  /** Move focus to the preview when it appears after an action on the same screen. */
  focusOnShow?: boolean;
}

/** Exactly what will be added, and who it says it is from, before anything is stored. */
export function QuestionPreview({ payload, onCancel, onSaved, focusOnShow = false }: QuestionPreviewProps) {
  const [saved, setSaved] = useState<{ question: TherapistQuestion; duplicate: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLParagraphElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    if (saved) outcome.current?.focus();
  }, [saved]);

  async function add() {
    setBusy(true);
    try {
      const result = await questionsRepo.importQuestion(payload);
      setSaved(result);
      onSaved?.(result.question, result.duplicate);
    } finally {
      setBusy(false);
    }
  }

  if (saved) {
    return (
      <section className="card" aria-labelledby="import-outcome">
        <p id="import-outcome" ref={outcome} tabIndex={-1} role="status" className="import-outcome">
          {t(saved.duplicate ? 'import.duplicate' : 'import.added')}
        </p>
        <div className="actions">
          {saved.question.status === 'answered' || saved.question.status === 'archived' ? null : (
            <Link className="button primary" to={`/journal/new?question=${encodeURIComponent(saved.question.id)}`}>
              {t('import.answerNow')}
            </Link>
          )}
          <Link className="button" to="/inbox">
            {t('import.toInbox')}
          </Link>
        </div>
      </section>
    );
  }

  const today = todayLocal();
  return (
    <section className="card question-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" ref={heading} tabIndex={-1}>{t('import.preview.title')}</h2>
      <p className="preview-sender">{payload.from ? t('question.saysFrom', { name: payload.from }) : t('question.noSender')}</p>
      <h3>{t('import.preview.question')}</h3>
      <p className="prompt-text">{payload.text}</p>
      {payload.followUps && payload.followUps.length > 0 ? (
        <>
          <h3>{t('question.followUps')}</h3>
          <ul>
            {payload.followUps.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </>
      ) : null}
      {payload.dueDay ? <p>{t('question.due.date', { date: longDay(payload.dueDay, today) })}</p> : null}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void add()} disabled={busy}>
          {t('import.preview.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
