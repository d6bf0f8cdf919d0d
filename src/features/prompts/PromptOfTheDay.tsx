import { useState } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { builtinPromptText, themeName } from './builtinPrompts';
import { promptsRepo } from './prompts.repo';
import { promptOfTheDay } from './rotation';
import { usePromptOfDayOffset } from './usePrompts';
import './prompts.css';

/** Today slot: one prompt from the library, the same all day until "Another prompt". */
export default function PromptOfTheDayCardContent() {
  const offset = usePromptOfDayOffset();
  const [busy, setBusy] = useState(false);
  if (offset === undefined) return null;
  const prompt = promptOfTheDay(todayLocal(), offset);

  async function another() {
    setBusy(true);
    try {
      await promptsRepo.skipPromptOfDay();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card prompt-of-day" aria-labelledby="prompt-of-day-title">
      <h2 id="prompt-of-day-title">{t('prompts.today.title')}</h2>
      <p className="prompt-theme">{t('prompts.today.theme', { theme: themeName(prompt.theme) })}</p>
      <p className="prompt-text" aria-live="polite">
        {builtinPromptText(prompt)}
      </p>
      <div className="actions">
        <Link className="button primary" to={`/journal/new?prompt=${encodeURIComponent(prompt.id)}`}>
          {t('prompts.write')}
        </Link>
        <button type="button" className="button" onClick={() => void another()} disabled={busy}>
          {t('prompts.today.another')}
        </button>
        <Link className="button" to="/prompts">
          {t('prompts.today.browse')}
        </Link>
      </div>
    </section>
  );
}
