import { useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { navigate, useLocation } from '../../app/router';
import type { Prompt } from '../../db';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextArea } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { builtinPromptText, isPromptTheme, promptsInTheme, promptThemes, themeName, type PromptTheme } from './builtinPrompts';
import { OWN_PROMPT_MAX, promptsRepo } from './prompts.repo';
import { useFavouriteIds, useOwnPrompts } from './usePrompts';
import './prompts.css';

interface Item {
  id: string;
  text: string;
  theme: string;
}

/** `/prompts`: the library by theme (`?theme=why`), favourites, and the person's own prompts. */
export default function PromptsScreen() {
  const { search } = useLocation();
  const wanted = new URLSearchParams(search).get('theme') ?? '';
  const theme: PromptTheme = isPromptTheme(wanted) ? wanted : 'progress';
  const favourites = useFavouriteIds();
  const own = useOwnPrompts();
  const [removed, setRemoved] = useState<Prompt | null>(null);

  const library: Item[] = promptsInTheme(theme).map((p) => ({ id: p.id, text: builtinPromptText(p), theme: p.theme }));
  const ownItems: Item[] = (own ?? []).map((p) => ({ id: p.id, text: p.text, theme: p.theme }));
  const builtinFavourites: Item[] = promptThemes.flatMap((th) =>
    promptsInTheme(th)
      .filter((p) => favourites.has(p.id))
      .map((p) => ({ id: p.id, text: builtinPromptText(p), theme: p.theme })),
  );
  const favouriteItems = [...builtinFavourites, ...ownItems.filter((p) => favourites.has(p.id))];

  async function toggleFavourite(item: Item, on: boolean) {
    if (isPromptTheme(item.theme)) await promptsRepo.favouriteBuiltin(item, on);
    else await promptsRepo.setFavourite(item.id, on);
  }

  const list = (items: Item[], opts: { removable?: boolean } = {}) => (
    <ul className="prompt-list">
      {items.map((item) => (
        <li key={item.id} className="card prompt-item">
          <p className="prompt-text">{item.text}</p>
          <div className="actions">
            <Link className="button primary" to={`/journal/new?prompt=${encodeURIComponent(item.id)}`}>
              {t('prompts.write')}
            </Link>
            <button
              type="button"
              className="button"
              aria-pressed={favourites.has(item.id)}
              onClick={() => void toggleFavourite(item, !favourites.has(item.id))}
            >
              {t('prompts.favourite')}
            </button>
            {opts.removable ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const row = own?.find((p) => p.id === item.id);
                  void promptsRepo.softDelete(item.id).then(() => setRemoved(row ?? null));
                }}
              >
                {t('prompts.own.delete')}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );

  return (
    <Screen title={t('prompts.title')} lead={t('prompts.lead')}>
      <section aria-labelledby="favourites-title">
        <h2 id="favourites-title">{t('prompts.favourites')}</h2>
        {favouriteItems.length > 0 ? list(favouriteItems) : <p className="muted">{t('prompts.favourites.empty')}</p>}
      </section>
      <section aria-labelledby="themes-title">
        <h2 id="themes-title" className="visually-hidden">
          {t('prompts.themes')}
        </h2>
        <ChipGroup
          legend={t('prompts.themes')}
          single
          options={promptThemes.map((th) => ({ value: th, label: themeName(th) }))}
          selected={[theme]}
          onChange={(next) => {
            const picked = next[0];
            if (picked) navigate(`/prompts?theme=${picked}`, { replace: true });
          }}
        />
        <h3 className="theme-heading">{themeName(theme)}</h3>
        {list(library)}
      </section>
      <section aria-labelledby="own-title">
        <h2 id="own-title">{t('prompts.own.title')}</h2>
        {own && own.length === 0 ? <p className="muted">{t('prompts.own.empty')}</p> : null}
        {list(ownItems, { removable: true })}
        <OwnPromptForm />
      </section>
      {removed ? (
        <UndoToast
          message={t('prompts.own.deleted')}
          undoLabel={t('prompts.undo')}
          onUndo={() => void promptsRepo.restore(removed.id)}
          onClose={() => setRemoved(null)}
        />
      ) : null}
    </Screen>
  );
}

function OwnPromptForm() {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setProblem(t('prompts.own.required'));
    if (text.trim().length > OWN_PROMPT_MAX) return setProblem(t('prompts.own.tooLong', { max: OWN_PROMPT_MAX }));
    try {
      await promptsRepo.addOwn(text);
      setText('');
      setDone(true);
    } catch (e) {
      if (e instanceof ValidationError) setProblem(t('prompts.own.required'));
      else throw e;
    }
  }

  return (
    <form className="card" onSubmit={(e) => void onSubmit(e)} noValidate>
      <TextArea
        label={t('prompts.own.label')}
        hint={t('prompts.own.hint')}
        rows={3}
        value={text}
        error={problem}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(undefined);
          setDone(false);
        }}
      />
      <button type="submit" className="button primary">
        {t('prompts.own.add')}
      </button>
      <p role="status" className="muted">
        {done ? t('prompts.own.added') : ''}
      </p>
    </form>
  );
}
