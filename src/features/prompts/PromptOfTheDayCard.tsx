import { Suspense } from 'react';
import { lazyScreen } from '../../i18n';

// Loaded just after Today's first paint, so the library stays out of the entry chunk.
const PromptOfTheDay = lazyScreen(() => import('./PromptOfTheDay'));

/** Today slot: one prompt from the library, the same all day until "Another prompt". */
export function PromptOfTheDayCard() {
  return (
    <Suspense fallback={null}>
      <PromptOfTheDay />
    </Suspense>
  );
}
