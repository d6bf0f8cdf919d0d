import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { builtinPromptText, findBuiltinPrompt } from './builtinPrompts';
import { questionMeta } from './dueWords';
import { useStoredPrompt } from './usePrompts';
import { useNextSessionDay, useQuestion } from './useQuestions';
import './prompts.css';

interface PromptHeaderProps {
  promptId?: string | undefined;
  questionId?: string | undefined;
}

/**
 * Shown above the journal editor when an entry answers a prompt or the
 * therapist's question. Everything is rendered as plain text.
 */
export function PromptHeader({ promptId, questionId }: PromptHeaderProps) {
  if (questionId) return <QuestionHeader id={questionId} />;
  if (promptId) return <PromptText id={promptId} />;
  return null;
}

function PromptText({ id }: { id: string }) {
  const builtin = findBuiltinPrompt(id);
  // Own prompts live in the database; built-ins in code.
  const stored = useStoredPrompt(builtin ? undefined : id);
  if (!builtin && stored === undefined) return null;
  const text = builtin ? builtinPromptText(builtin) : stored?.text;
  return (
    <aside className="card prompt-header" aria-labelledby="prompt-header-title">
      <h2 id="prompt-header-title" className="prompt-header-label">
        {t('prompts.header.prompt')}
      </h2>
      <p className="prompt-text">{text ?? t('prompts.header.missing')}</p>
    </aside>
  );
}

function QuestionHeader({ id }: { id: string }) {
  const question = useQuestion(id);
  const sessionDay = useNextSessionDay();
  if (question === undefined) return null;
  const today = todayLocal();
  return (
    <aside className="card prompt-header" aria-labelledby="prompt-header-title">
      <h2 id="prompt-header-title" className="prompt-header-label">
        {t('prompts.header.question')}
      </h2>
      {question === null ? (
        <p>{t('prompts.header.missing')}</p>
      ) : (
        <>
          <p className="prompt-text">{question.text}</p>
          {question.followUps.length > 0 ? (
            <>
              <h3 className="prompt-header-sub">{t('prompts.header.followUps')}</h3>
              <ul>
                {question.followUps.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
          {questionMeta(question, today, sessionDay) ? <p className="question-meta">{questionMeta(question, today, sessionDay)}</p> : null}
        </>
      )}
    </aside>
  );
}
