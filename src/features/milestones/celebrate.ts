import type { MessageKey } from '../../i18n';

const messages: MessageKey[] = ['celebrate.1', 'celebrate.2', 'celebrate.3', 'celebrate.4'];

/** A gentle message, varied but stable for the same step on the same day. */
export function celebrationFor(milestoneId: string, day: string): MessageKey {
  let hash = 0;
  for (const ch of milestoneId + day) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return messages[hash % messages.length] ?? 'celebrate.1';
}
