import { Suspense } from 'react';
import { lazyScreen, t, type MessageKey } from '../../i18n';
import { useLocation } from '../../app/router';
import { Screen } from '../../ui/Screen';
import { PromptOfTheDayCard } from '../prompts/PromptOfTheDayCard';
import { TodayQuestionCard } from '../prompts/TodayQuestionCard';
import { isCaptureKind } from './captureKind';
import './today.css';

// Loaded right after the first paint, so the data layer stays out of the entry chunk.
const TodaySteps = lazyScreen(() => import('./TodaySteps'));
const TodayCapture = lazyScreen(() => import('./TodayCapture'));
const TodayDueCard = lazyScreen(() => import('../checkins/TodayDueCard').then((m) => ({ default: m.TodayDueCard })));
const TodayRemindersCard = lazyScreen(() =>
  import('../reminders/TodayRemindersCard').then((m) => ({ default: m.TodayRemindersCard })),
);
const TodayBackupNudge = lazyScreen(() =>
  import('../backup/TodayBackupNudge').then((m) => ({ default: m.TodayBackupNudge })),
);
const TodayPastSelfCard = lazyScreen(() =>
  import('../pastself/TodayPastSelfCard').then((m) => ({ default: m.TodayPastSelfCard })),
);

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'today.greeting.morning';
  if (hour < 18) return 'today.greeting.afternoon';
  return 'today.greeting.evening';
}

/** Today, in order: therapist's question, steps due, quick capture, prompt, anything else due. */
export function TodayScreen() {
  const { search } = useLocation();
  const capture = new URLSearchParams(search).get('capture');
  return (
    <Screen title={t('today.title')} lead={t(greetingKey(new Date().getHours()))}>
      <TodayQuestionCard />
      <Suspense fallback={null}>
        <TodaySteps />
      </Suspense>
      <Suspense fallback={null}>
        <TodayCapture initialKind={isCaptureKind(capture) ? capture : undefined} />
      </Suspense>
      <PromptOfTheDayCard />
      <Suspense fallback={null}>
        <TodayRemindersCard />
        <TodayDueCard />
        <TodayPastSelfCard />
        <TodayBackupNudge />
      </Suspense>
    </Screen>
  );
}
