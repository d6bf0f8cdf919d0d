import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { TextArea } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { readImportInput, type ImportResult } from './questionLink';
import { QrScanner } from './QrScanner';
import { readQrFromFile } from './qrScan';
import { ImportProblem, QuestionPreview } from './QuestionPreview';
import './prompts.css';

/** `/inbox/import`: paste a link or the question, scan its QR code, or pick a photo of it. */
export default function ImportScreen() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [photo, setPhoto] = useState<'idle' | 'reading' | 'none'>('idle');
  // A new key per reading, so a fresh preview starts from "not added yet".
  const [reading, setReading] = useState(0);

  function read(input: string) {
    setResult(readImportInput(input));
    setReading((n) => n + 1);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    read(text);
  }

  async function onPhoto(file: File | undefined) {
    if (!file) return;
    setResult(null);
    setPhoto('reading');
    const found = await readQrFromFile(file);
    setPhoto(found === null ? 'none' : 'idle');
    if (found !== null) read(found);
  }

  return (
    <Screen title={t('import.title')} lead={t('import.lead')}>
      <form className="card" onSubmit={onSubmit} noValidate>
        <TextArea
          label={t('import.paste.label')}
          hint={t('import.paste.hint')}
          rows={4}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setResult(null);
          }}
        />
        <button type="submit" className="button primary">
          {t('import.paste.check')}
        </button>
      </form>
      <section className="card" aria-labelledby="scan-title">
        <h2 id="scan-title">{t('import.scan.title')}</h2>
        <QrScanner onText={read} />
        <div className="field photo-field">
          <label htmlFor="qr-photo">{t('import.photo.label')}</label>
          <input id="qr-photo" type="file" accept="image/*" onChange={(e) => void onPhoto(e.target.files?.[0])} />
        </div>
        {photo === 'reading' ? <p role="status">{t('import.photo.reading')}</p> : null}
        {photo === 'none' ? <p role="alert">{t('import.photo.none')}</p> : null}
      </section>
      {result === null ? null : result.ok ? (
        <QuestionPreview key={reading} focusOnShow payload={result.payload} onCancel={() => setResult(null)} onSaved={() => setText('')} />
      ) : (
        <ImportProblem key={reading} reason={result.reason} />
      )}
    </Screen>
  );
}
