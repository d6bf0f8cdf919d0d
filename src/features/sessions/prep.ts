/**
 * Session prep: the pieces a person may take to their next session, as plain
 * data. The screen, the printed page, the shared text and the copied text are
 * all built from the same sections, so what you see is exactly what leaves.
 */
import type { LocalDay } from '../../db';

export type PrepKey = 'question' | 'bring' | 'moments' | 'practice' | 'changes' | 'bringUp';

export const prepKeys: readonly PrepKey[] = ['bringUp', 'question', 'bring', 'moments', 'practice', 'changes'];

export interface PrepSection {
  key: PrepKey;
  title: string;
  /** Each line is one paragraph or bullet. */
  lines: string[];
}

export interface PrepData {
  sinceDay?: LocalDay;
  question?: { text: string; answers: string[] };
  bring: { day: LocalDay; title: string; body: string }[];
  moments: { kind: 'success' | 'surprise'; day: LocalDay; text: string }[];
  practice: { title: string; days: number }[];
  changes: { label: string; before?: string; now: string }[];
  bringUp?: string;
}

/** Only the chosen sections, in a fixed order; empty pieces are left out. */
export function chosenSections(all: readonly PrepSection[], chosen: ReadonlySet<PrepKey>): PrepSection[] {
  return prepKeys.flatMap((key) => all.filter((s) => s.key === key && chosen.has(key) && s.lines.length > 0));
}

/** Plain text for copy and share: a heading, then each section with its lines. */
export function prepText(heading: string, sections: readonly PrepSection[]): string {
  const parts = [heading, ''];
  for (const s of sections) {
    parts.push(s.title, ...s.lines.map((line) => `- ${line}`), '');
  }
  return parts.join('\n').trimEnd() + '\n';
}
