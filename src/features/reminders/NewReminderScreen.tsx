import { navigate, useLocation } from '../../app/router';
import type { ReminderTargetKind } from '../../db';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { checkRemindersNow } from './device';
import { remindersRepo } from './reminders.repo';
import { ReminderForm } from './ReminderForm';
import './reminders.css';

const kinds: readonly string[] = ['milestone', 'checkin', 'question', 'journal', 'sessionPrep', 'standalone'];

/** /settings/reminders/new, optionally ?kind=milestone&id=<milestoneId> from an item's screen. */
export default function NewReminderScreen() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const id = params.get('id') ?? undefined;
  const target = kind && kinds.includes(kind) ? { kind: kind as ReminderTargetKind, ...(id ? { id } : {}) } : undefined;
  return (
    <Screen title={t('reminders.new.title')}>
      <ReminderForm
        {...(target ? { target } : {})}
        onSave={async (input) => {
          await remindersRepo.add(input);
          checkRemindersNow();
          navigate('/settings/reminders');
        }}
        onCancel={() => navigate('/settings/reminders')}
      />
    </Screen>
  );
}
