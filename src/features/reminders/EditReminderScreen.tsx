import { useCallback, useRef, useState } from 'react';
import { Link } from '../../app/Link';
import { navigate, useParams } from '../../app/router';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { checkRemindersNow } from './device';
import { remindersRepo } from './reminders.repo';
import { ReminderForm } from './ReminderForm';
import { useReminder } from './useReminders';
import './reminders.css';

export default function EditReminderScreen() {
  const id = useParams('/settings/reminders/:id').id ?? '';
  const reminder = useReminder(id);
  const [removed, setRemoved] = useState(false);
  const undone = useRef(false);
  // Stable, so the toast's timer is not restarted by re-renders.
  const closeToast = useCallback(() => {
    setRemoved(false);
    if (!undone.current) navigate('/settings/reminders', { replace: true });
  }, []);
  return (
    <Screen title={t('reminders.edit.title')}>
      {reminder === undefined ? null : reminder === null ? (
        <>
          {removed ? null : <p>{t('reminders.edit.missing')}</p>}
          <p>
            <Link to="/settings/reminders">{t('reminders.edit.back')}</Link>
          </p>
        </>
      ) : (
        <>
          <ReminderForm
            key={reminder.id}
            initial={reminder}
            onSave={async (input) => {
              // Explicit undefined removes a quiet period or session offset the form turned off.
              await remindersRepo.update(reminder.id, { ...input, quiet: input.quiet, beforeSession: input.beforeSession });
              checkRemindersNow();
              navigate('/settings/reminders');
            }}
            onCancel={() => navigate('/settings/reminders')}
          />
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                undone.current = false;
                setRemoved(true);
                void remindersRepo.softDelete(reminder.id);
              }}
            >
              {t('reminders.edit.remove')}
            </button>
          </div>
        </>
      )}
      {removed ? (
        <UndoToast
          message={t('reminders.edit.removed')}
          undoLabel={t('reminders.edit.undo')}
          onUndo={() => {
            undone.current = true;
            void remindersRepo.restore(id);
          }}
          onClose={closeToast}
        />
      ) : null}
    </Screen>
  );
}
