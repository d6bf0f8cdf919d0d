import { isCaptureKind, type CaptureKind } from './captureKind';
import { todayLocal } from '../../lib/days';
import { nowIso } from '../../lib/ids';
import { deleteDraft, getDraft, saveDraft } from '../drafts/drafts.repo';
import { journalRepo } from '../journal/journal.repo';
import { logsRepo } from '../logs/logs.repo';

export interface CaptureDraft {
  kind: CaptureKind;
  text: string;
  detail: string;
}

const DRAFT_KEY = 'capture:today';

export const captureActions = {
  /** Saves a success or surprise (now, today) or a one-line journal entry for today. */
  async save({ kind, text, detail }: CaptureDraft): Promise<void> {
    if (kind === 'journal') {
      await journalRepo.add({ day: todayLocal(), title: '', body: text, tags: [], bringToSession: 0 });
    } else {
      await logsRepo.add({ kind, text, detail, occurredAt: nowIso(), day: todayLocal() });
    }
    await deleteDraft(DRAFT_KEY);
  },
  keepDraft: (draft: CaptureDraft) =>
    draft.text.trim() || draft.detail.trim()
      ? saveDraft(DRAFT_KEY, 'capture', { ...draft }).then(() => undefined)
      : deleteDraft(DRAFT_KEY),
  async readDraft(): Promise<CaptureDraft | undefined> {
    const payload = (await getDraft(DRAFT_KEY))?.payload;
    if (!payload) return undefined;
    const { kind, text, detail } = payload;
    if (typeof kind !== 'string' || !isCaptureKind(kind) || typeof text !== 'string') return undefined;
    return { kind, text, detail: typeof detail === 'string' ? detail : '' };
  },
  discardDraft: () => deleteDraft(DRAFT_KEY),
};
