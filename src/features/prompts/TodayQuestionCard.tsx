import { Suspense } from 'react';
import { lazyScreen } from '../../i18n';

// Loaded just after Today's first paint, so this code stays out of the entry chunk.
const TodayQuestions = lazyScreen(() => import('./TodayQuestions'));

/** Today slot, shown first: the therapist's open questions until they are answered. */
export function TodayQuestionCard() {
  return (
    <Suspense fallback={null}>
      <TodayQuestions />
    </Suspense>
  );
}
