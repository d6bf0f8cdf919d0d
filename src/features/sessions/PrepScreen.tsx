import { useRef, useState } from 'react';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { formatDay } from './format';
import { chosenSections, prepKeys, prepText, type PrepData, type PrepKey, type PrepSection } from './prep';
import { PrepDocument } from './PrepDocument';
import { usePrep } from './usePrep';
import './sessions.css';

function sectionsOf(data: PrepData): PrepSection[] {
  const since = data.sinceDay ? formatDay(data.sinceDay) : '';
  return [
    { key: 'bringUp', title: t('prep.bringUp'), lines: data.bringUp ? [data.bringUp] : [] },
    {
      key: 'question',
      title: t('prep.question'),
      lines: data.question ? [t('prep.question.asked', { text: data.question.text }), ...data.question.answers.map((a) => t('prep.question.answer', { text: a }))] : [],
    },
    { key: 'bring', title: t('prep.bring'), lines: data.bring.map((e) => `${formatDay(e.day)}: ${e.title ? `${e.title} — ` : ''}${e.body}`) },
    {
      key: 'moments',
      title: t('prep.moments', { since }),
      lines: data.moments.map((m) => `${t(m.kind === 'success' ? 'prep.success' : 'prep.surprise')} (${formatDay(m.day)}): ${m.text}`),
    },
    { key: 'practice', title: t('prep.practice', { since }), lines: data.practice.map((p) => t(p.days === 0 ? 'prep.practice.none' : p.days === 1 ? 'prep.practice.one' : 'prep.practice.line', { title: p.title, days: p.days })) },
    {
      key: 'changes',
      title: t('prep.changes'),
      lines: data.changes.map((c) => (c.before ? t('prep.changes.line', { label: c.label, before: c.before, now: c.now }) : t('prep.changes.single', { label: c.label, now: c.now }))),
    },
  ];
}

export default function PrepScreen() {
  const data = usePrep();
  const [chosen, setChosen] = useState<Set<PrepKey>>(new Set());
  const [full, setFull] = useState(false);
  const [status, setStatus] = useState('');
  const fullRef = useRef<HTMLDivElement>(null);
  const all = data ? sectionsOf(data) : [];
  const sections = chosenSections(all, chosen);
  const heading = t('prep.docTitle');
  const text = prepText(heading, sections);
  const nothing = sections.length === 0;

  function toggle(key: PrepKey, on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  async function share() {
    if (typeof navigator.share !== 'function') return setStatus(t('prep.share.unavailable'));
    const file = new File([text], 'session-prep.txt', { type: 'text/plain' });
    const withFile = typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
    try {
      await navigator.share(withFile ? { title: heading, text, files: [file] } : { title: heading, text });
    } catch (error) {
      // Closing the share sheet is a choice, not a problem.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus(t('prep.share.unavailable'));
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('prep.copied'));
    } catch {
      setStatus(t('prep.copy.unavailable'));
    }
  }

  function openFull() {
    setFull(true);
    // Real full screen where the browser allows it; the overlay alone works everywhere.
    requestAnimationFrame(() => void fullRef.current?.requestFullscreen?.().catch(() => undefined));
  }

  function closeFull() {
    setFull(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  if (full) {
    return (
      <div className="prep-full" ref={fullRef} role="dialog" aria-modal="true" aria-label={heading}>
        <button type="button" className="button" onClick={closeFull}>
          {t('prep.closeFull')}
        </button>
        <PrepDocument heading={heading} sections={sections} />
      </div>
    );
  }

  return (
    <Screen title={t('prep.title')} lead={t('prep.lead')}>
      <fieldset className="card prep-choose">
        <legend>{t('prep.choose')}</legend>
        {prepKeys.map((key) => {
          const section = all.find((s) => s.key === key);
          const count = section?.lines.length ?? 0;
          return (
            <label key={key} className="check-row">
              <input type="checkbox" checked={chosen.has(key)} disabled={count === 0} onChange={(e) => toggle(key, e.target.checked)} />
              <span>
                {t(`prep.choice.${key}`)}
                <span className="review-day">{count === 0 ? t('prep.choice.empty') : t(count === 1 ? 'prep.choice.countOne' : 'prep.choice.count', { count })}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <div className="actions prep-actions">
        <button type="button" className="button" disabled={nothing} onClick={openFull}>
          {t('prep.full')}
        </button>
        <button type="button" className="button" disabled={nothing} onClick={() => window.print()}>
          {t('prep.print')}
        </button>
        <button type="button" className="button" disabled={nothing} onClick={() => void share()}>
          {t('prep.share')}
        </button>
        <button type="button" className="button" disabled={nothing} onClick={() => void copy()}>
          {t('prep.copy')}
        </button>
      </div>
      <p role="status" className="session-status">
        {status}
      </p>
      {nothing ? <p className="card">{t('prep.nothingChosen')}</p> : <PrepDocument heading={heading} sections={sections} />}
    </Screen>
  );
}
