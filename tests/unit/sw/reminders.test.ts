import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, type Reminder } from '../../../src/db';
import { sessionsRepo } from '../../../src/features/sessions/sessions.repo';
import { milestonesRepo } from '../../../src/features/milestones/milestones.repo';
import { remindersRepo, type NewReminder } from '../../../src/features/reminders/reminders.repo';
import {
  handleNotificationClick,
  notificationText,
  showDueReminders,
  type ShowOptions,
  type WindowClientLike,
} from '../../../src/sw/reminders';
import { resetDb } from '../../fixtures/db';

const NOW = new Date('2026-11-29T09:30:00Z');
const ORIGIN = 'https://between.example';

function fakeRegistration() {
  const shown: { title: string; options: ShowOptions }[] = [];
  return {
    shown,
    showNotification(title: string, options: ShowOptions) {
      shown.push({ title, options });
      return Promise.resolve();
    },
  };
}

const reminder = (over: Partial<NewReminder> = {}): NewReminder => ({
  target: { kind: 'journal' },
  times: ['09:00'],
  weekdays: [],
  title: 'Between — a moment for you',
  body: 'Open Between when you have a minute.',
  showDetails: 0,
  enabled: 1,
  ...over,
});

function fakeClients(windows: WindowClientLike[] = []) {
  const opened: string[] = [];
  return {
    opened,
    matchAll: () => Promise.resolve(windows),
    openWindow: (url: string) => {
      opened.push(url);
      return Promise.resolve(null);
    },
  };
}

function fakeWindow(url: string, focused = false) {
  const messages: unknown[] = [];
  return { url, focused, messages, focus: vi.fn(() => Promise.resolve()), postMessage: (m: unknown) => messages.push(m) };
}

const click = (action: string, data: unknown) => {
  const close = vi.fn();
  return { event: { action, notification: { data, close } }, close };
};

describe('service worker reminders', () => {
  beforeEach(async () => {
    // Only Date is faked: IndexedDB still needs real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-28T12:00:00Z') });
    await resetDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a due reminder once, with the occurrence as tag, and never again on the next check', async () => {
    const r = await remindersRepo.add(reminder());
    const reg = fakeRegistration();
    expect(await showDueReminders(reg, NOW)).toEqual([`${r.id}:2026-11-29T09:00`]);
    expect(reg.shown).toEqual([
      {
        title: 'Between — a moment for you',
        options: {
          body: 'Open Between when you have a minute.',
          tag: `${r.id}:2026-11-29T09:00`,
          data: { url: '/journal/new', occurrenceId: `${r.id}:2026-11-29T09:00` },
          icon: '/pwa-192x192.png',
        },
      },
    ]);
    expect(await showDueReminders(reg, NOW)).toEqual([]);
    expect(await showDueReminders(reg, new Date('2026-11-29T09:45:00Z'))).toEqual([]);
    expect(reg.shown).toHaveLength(1);
  });

  it('after a long absence shows one notification per reminder, not a storm; disabled ones stay silent', async () => {
    await remindersRepo.add(reminder({ times: ['06:00', '07:00', '08:00', '09:00'] }));
    await remindersRepo.add(reminder({ times: ['09:10'], enabled: 0 }));
    const reg = fakeRegistration();
    await showDueReminders(reg, NOW);
    expect(reg.shown.map((n) => n.options.tag.slice(-5))).toEqual(['09:00']);
    // The clock moved back an hour: the 08:00 slot is not shown after the fact.
    expect(await showDueReminders(reg, new Date('2026-11-29T08:30:00Z'))).toEqual([]);
  });

  it('offers "Done" on a milestone reminder and shows details only when asked', async () => {
    const m = await milestonesRepo.add({ goalId: 'g1', title: 'Walk 10 minutes', schedule: { kind: 'daily' }, status: 'active', startDay: '2026-11-01' });
    await remindersRepo.add(reminder({ target: { kind: 'milestone', id: m.id }, showDetails: 1, body: '' }));
    const reg = fakeRegistration();
    await showDueReminders(reg, NOW);
    expect(reg.shown[0]?.options).toMatchObject({
      body: 'Walk 10 minutes',
      data: { url: '/goals/g1', milestoneId: m.id },
      actions: [{ action: 'done', title: 'Done' }],
    });
    const neutral = { title: 'T', body: 'B', showDetails: 0 } as Reminder;
    expect(notificationText(neutral, 'Secret step')).toEqual({ title: 'T', body: 'B' });
    expect(notificationText({ ...neutral, showDetails: 1 }, 'Secret step')).toEqual({ title: 'T', body: 'Secret step — B' });
  });

  it('a session-prep reminder fires N hours before each session, once, leading to session prep', async () => {
    const s = await sessionsRepo.add({ startsAt: '2026-11-30T10:00:00.000Z', day: '2026-11-30' });
    await sessionsRepo.add({ startsAt: '2026-12-07T10:00:00.000Z', day: '2026-12-07' });
    const r = await remindersRepo.add(reminder({ target: { kind: 'sessionPrep' }, times: [], beforeSession: { hours: 24 } }));
    const reg = fakeRegistration();
    expect(await showDueReminders(reg, new Date('2026-11-29T09:59:00Z'))).toEqual([]);
    const id = `${r.id}:session:${s.id}:24h:2026-11-30T10:00`;
    expect(await showDueReminders(reg, new Date('2026-11-29T10:05:00Z'))).toEqual([id]);
    expect(reg.shown[0]).toEqual({
      title: 'Between — a moment for you',
      options: { body: 'Open Between when you have a minute.', tag: id, data: { url: '/sessions/prep', occurrenceId: id }, icon: '/pwa-192x192.png' },
    });
    expect(await showDueReminders(reg, new Date('2026-11-29T11:00:00Z'))).toEqual([]);

    // The session moves an hour later: a new occurrence, shown once.
    await sessionsRepo.update(s.id, { startsAt: '2026-11-30T11:00:00.000Z' });
    expect(await showDueReminders(reg, new Date('2026-11-29T11:01:00Z'))).toEqual([`${r.id}:session:${s.id}:24h:2026-11-30T11:00`]);
    // Then it is cancelled: nothing more for it.
    await sessionsRepo.softDelete(s.id);
    await sessionsRepo.add({ startsAt: '2026-11-30T12:00:00.000Z', day: '2026-11-30' });
    await sessionsRepo.softDelete((await sessionsRepo.next(new Date('2026-11-30T11:30:00Z')))?.id ?? '');
    expect(await showDueReminders(reg, new Date('2026-11-29T12:01:00Z'))).toEqual([]);
    expect(reg.shown).toHaveLength(2);
  });

  it('schedules from non-text fields alone and says the neutral words when a reminder\'s wording is locked away', async () => {
    const s = await sessionsRepo.add({ startsAt: '2026-11-29T12:00:00.000Z', day: '2026-11-29' });
    const r = await remindersRepo.add(reminder({ target: { kind: 'sessionPrep' }, times: [], beforeSession: { hours: 3 }, title: 'Prep: talk about Sam', body: 'Sam', showDetails: 1 }));
    // What the worker may see while the app is locked: the text fields are absent.
    const row = await db.reminders.get(r.id);
    if (!row) throw new Error('missing row');
    const locked: Partial<Reminder> = { ...row };
    delete locked.title;
    delete locked.body;
    await db.reminders.put(locked as Reminder);
    const reg = fakeRegistration();
    expect(await showDueReminders(reg, NOW)).toEqual([`${r.id}:session:${s.id}:3h:2026-11-29T12:00`]);
    expect(reg.shown[0]).toMatchObject({ title: 'Between — a moment for you', options: { body: 'Open Between when you have a minute.' } });
  });

  it('"Done" records today\'s check-off without opening the app', async () => {
    vi.setSystemTime(NOW);
    const m = await milestonesRepo.add({ goalId: 'g1', title: 'Walk', schedule: { kind: 'daily' }, status: 'active', startDay: '2026-11-01' });
    const clients = fakeClients();
    const { event, close } = click('done', { url: '/goals/g1', milestoneId: m.id, occurrenceId: 'x' });
    expect(await handleNotificationClick(event, { clients, origin: ORIGIN })).toBe('checkedOff');
    expect(close).toHaveBeenCalled();
    expect(clients.opened).toEqual([]);
    const rows = await milestonesRepo.checkoffsBetween(m.id, '2026-11-28', '2026-11-30');
    expect(rows.map((c) => [c.day, c.doneAt])).toEqual([['2026-11-29', NOW.toISOString()]]);
  });

  it('"Done" on a removed step opens the app instead of losing the tap', async () => {
    const clients = fakeClients();
    const { event } = click('done', { url: '/goals/g1', milestoneId: 'gone' });
    expect(await handleNotificationClick(event, { clients, origin: ORIGIN })).toBe('opened');
    expect(clients.opened).toEqual([`${ORIGIN}/goals/g1`]);
  });

  it('a tap focuses an open window of ours and asks it to go to the item', async () => {
    const other = fakeWindow('https://elsewhere.example/');
    const ours = fakeWindow(`${ORIGIN}/journal`);
    const clients = fakeClients([other, ours]);
    const { event } = click('', { url: '/checkin', occurrenceId: 'x' });
    expect(await handleNotificationClick(event, { clients, origin: ORIGIN })).toBe('focused');
    expect(ours.messages).toEqual([{ type: 'between:navigate', url: '/checkin' }]);
    expect(ours.focus).toHaveBeenCalled();
    expect(other.messages).toEqual([]);
    expect(clients.opened).toEqual([]);
  });

  it('a tap with no window open opens the app; odd data falls back to Today', async () => {
    const clients = fakeClients();
    expect(await handleNotificationClick(click('', { url: '/inbox' }).event, { clients, origin: ORIGIN })).toBe('opened');
    await handleNotificationClick(click('', { url: 'https://evil.example/' }).event, { clients, origin: ORIGIN });
    await handleNotificationClick(click('', null).event, { clients, origin: ORIGIN });
    expect(clients.opened).toEqual([`${ORIGIN}/inbox`, `${ORIGIN}/`, `${ORIGIN}/`]);
  });
});
