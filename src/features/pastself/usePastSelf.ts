import { useLiveQuery } from 'dexie-react-hooks';
import type { Goal, Intake, Letter, LetterSeal, PastSelfNote } from '../../db';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { goalsRepo } from '../goals/goals.repo';
import { sessionsRepo } from '../sessions/sessions.repo';
import { intakeRepo, type IntakeInput } from './intake.repo';
import { pastSelfNotesRepo } from './notes.repo';
import { lettersRepo } from './pastself.repo';
import { progressFigures, type ProgressFigures } from './progress';
import { loadProgressInputs } from './progress.repo';
import { startIntake, type IntakeDraft } from './intakeDraft';
import { startLetter, type LetterDraft } from './letterDraft';
import { letterState, type LetterState, type SealContext } from './seal';

/** Sessions so far and today's local day: what every seal is measured against. */
export async function loadSealContext(now: Date = new Date()): Promise<SealContext> {
  return { sessionsSoFar: await sessionsRepo.countPast(now), today: todayLocal() };
}

/** A fresh letter, started from the "tell my past self" list. */
export async function startNewLetter(): Promise<LetterDraft> {
  const [notes, ctx] = await Promise.all([pastSelfNotesRepo.listWaiting(), loadSealContext()]);
  return startLetter(notes, ctx);
}

/** The intake flow starts from the existing snapshot, if any (revisiting). */
export async function startIntakeDraft(): Promise<IntakeDraft> {
  return startIntake(await intakeRepo.get());
}

export interface LetterWithState {
  letter: Letter;
  state: LetterState;
}

export function useLetters(): { letters: LetterWithState[]; ctx: SealContext } | undefined {
  return useLiveQuery(async () => {
    const [letters, ctx] = await Promise.all([lettersRepo.listNewestFirst(), loadSealContext()]);
    return { letters: letters.map((letter) => ({ letter, state: letterState(letter, ctx) })), ctx };
  });
}

/** null when the letter does not exist (or was deleted). */
export function useLetter(id: string): (LetterWithState & { ctx: SealContext }) | null | undefined {
  return useLiveQuery(async () => {
    const [letter, ctx] = await Promise.all([lettersRepo.get(id), loadSealContext()]);
    return letter ? { letter, state: letterState(letter, ctx), ctx } : null;
  }, [id]);
}

export function useSealContext(): SealContext | undefined {
  return useLiveQuery(() => loadSealContext());
}

/** null when there is no snapshot yet. */
export function useIntake(): Intake | null | undefined {
  return useLiveQuery(async () => (await intakeRepo.get()) ?? null);
}

export function useWaitingNotes(): PastSelfNote[] | undefined {
  return useLiveQuery(() => pastSelfNotesRepo.listWaiting());
}

export function useActiveGoals(): Goal[] | undefined {
  return useLiveQuery(() => goalsRepo.listByStatus('active'));
}

export function useProgressFigures(): (ProgressFigures & { intake?: Intake }) | undefined {
  return useLiveQuery(async () => {
    const inputs = await loadProgressInputs(new Date());
    return { ...progressFigures(inputs, t('pastself.figures.overall')), ...(inputs.intake ? { intake: inputs.intake } : {}) };
  });
}

export const pastSelfActions = {
  saveIntake: (input: IntakeInput) => intakeRepo.save(input, todayLocal()),
  addNote: (text: string) => pastSelfNotesRepo.add(text),
  removeNote: (id: string) => pastSelfNotesRepo.softDelete(id),
  restoreNote: (id: string) => pastSelfNotesRepo.restore(id),
  markOpened: (id: string) => lettersRepo.markOpened(id),
  /** Keeps a letter, measured against the sessions and day as they are right now. */
  async writeLetter(input: { body: string; seal?: LetterSeal; noteIds: string[] }): Promise<Letter> {
    const ctx = await loadSealContext();
    return lettersRepo.write({ ...input, day: ctx.today }, ctx);
  },
  deleteLetter: (id: string) => lettersRepo.softDelete(id),
  restoreLetter: (id: string) => lettersRepo.restore(id),
};
