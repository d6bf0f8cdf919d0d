import type { CaptureKind } from './captureKind';
import { QuickCapture } from './QuickCapture';
import { useTodayDay } from './useTodayDay';

/** Quick capture, fresh each day. Lazy: keeps the entry chunk small. */
export default function TodayCapture({ initialKind }: { initialKind: CaptureKind | undefined }) {
  const day = useTodayDay();
  return <QuickCapture key={`${day}:${initialKind ?? ''}`} initialKind={initialKind} />;
}
