import type { LogKind } from '../../db';

export type CaptureKind = LogKind | 'journal';

export function isCaptureKind(value: string | null): value is CaptureKind {
  return value === 'success' || value === 'surprise' || value === 'journal';
}
