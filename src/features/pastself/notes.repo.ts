import { db } from '../../db';
import type { PastSelfNote } from '../../db';
import { createRecordRepo } from '../../db/records';
import { requireText } from '../../lib/validate';

function prepare(note: PastSelfNote): PastSelfNote {
  requireText('text', note.text);
  return { ...note, text: note.text.trim() };
}

const base = createRecordRepo(db.pastSelfNotes, { prepare });

/** The running list "things I want to tell my past self". */
export const pastSelfNotesRepo = {
  ...base,

  add(text: string): Promise<PastSelfNote> {
    return base.add({ text });
  },

  /** Items not yet used in a letter, oldest first (the order they were thought of). */
  listWaiting(): Promise<PastSelfNote[]> {
    return db.pastSelfNotes.orderBy('createdAt').filter((n) => n.deletedAt === undefined && !n.usedInLetterId).toArray();
  },
};
