import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useBrowser, waitForServiceWorker } from './support/browser';
import { grantPermission } from './support/permissions';
import { readStore } from './support/idb';

const chromium = useBrowser();

async function addReminder(page: Page, time: string): Promise<void> {
  await page.goto('/settings/reminders');
  await page.getByRole('link', { name: 'Add a reminder' }).click();
  await page.getByRole('heading', { level: 1, name: 'New reminder' }).waitFor();
  await page.getByLabel('Time 1').fill(time);
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Between — a moment for you' }).waitFor();
}

function notificationTags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return (await reg.getNotifications()).map((n) => n.tag);
  });
}

async function backgroundCheckedAt(page: Page): Promise<string | undefined> {
  const rows = (await readStore(page, 'settings')) as { key: string; value: unknown }[];
  const value = rows.find((r) => r.key === 'remindersBackgroundAt')?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Fires the worker's periodic sync through the DevTools protocol. */
async function periodicSyncDispatcher(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
  const session = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  let registrationId: string | undefined;
  session.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: { registrationId: string; scopeURL: string }[] }) => {
    registrationId ??= event.registrations.find((r) => r.scopeURL.startsWith(origin))?.registrationId;
  });
  await session.send('ServiceWorker.enable');
  await expect.poll(() => registrationId).toBeDefined();
  return async () => {
    await session.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin, registrationId: registrationId ?? '', tag: 'between-reminders' });
  };
}

describe('reminders', () => {
  it('periodic sync shows a due reminder exactly once, and still once after a second sync', async () => {
    const { page, context, errors } = await chromium.open();
    await page.goto('/settings/reminders');
    await waitForServiceWorker(page);
    // The worker keeps real time while the page clock is pinned: align the page with it
    // (a reminder counts from when it was made) and schedule by the worker's clock.
    await page.clock.setSystemTime(new Date());
    const worker = context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const workerTime = await worker.evaluate(() => {
      const d = new Date();
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    });
    // Created before permission is granted, so the page's own minute tick stays silent
    // and only the periodic sync can show it.
    await addReminder(page, workerTime);
    expect(await notificationTags(page)).toEqual([]);

    await context.grantPermissions(['notifications']);
    const grant = await grantPermission(chromium.browser(), context, page, 'periodic-background-sync');
    const dispatch = await periodicSyncDispatcher(context, page);

    await dispatch();
    await expect.poll(() => backgroundCheckedAt(page)).toBeDefined();
    const first = await backgroundCheckedAt(page);
    const tags = await notificationTags(page);
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(new RegExp(`:\\d{4}-\\d{2}-\\d{2}T${workerTime}$`));

    await dispatch();
    await expect.poll(() => backgroundCheckedAt(page)).not.toBe(first);
    expect(await notificationTags(page)).toEqual(tags);

    // The check screen now reports what works here.
    await page.getByRole('link', { name: /Will my reminders work/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Will my reminders work?' }).waitFor();
    await page.getByText('Allowed', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await page.getByText(/^Sent\./).waitFor();
    await expect.poll(async () => (await notificationTags(page)).length).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await grant.detach();
    expect(errors).toEqual([]);
  });

  it('Today lists a reminder as missed after the clock moves past it', async () => {
    const { page, errors } = await chromium.open();
    // The page clock starts at 09:30 London time.
    await addReminder(page, '10:00');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Change reminder: Between — a moment for you' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change reminder' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/settings/reminders');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar: Between — a moment for you' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('between-reminder-1000.ics');
    const text = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      });
    });
    expect(text).toContain('\r\nRRULE:FREQ=DAILY\r\n');
    expect(text).toContain('\r\nDTSTART:20261129T100000\r\n');

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const card = page.getByRole('region', { name: 'Reminders' });
    expect(await card.count()).toBe(0);

    await page.clock.fastForward('02:00:00');
    await card.getByRole('heading', { name: 'Since you were last here' }).waitFor();
    const item = card.getByRole('link', { name: /Between — a moment for you\s*at 10:00/ });
    await item.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Got it — clear the list' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a session-prep reminder 24 hours before tomorrow\'s session shows on Today once its time comes', async () => {
    const { page, errors } = await chromium.open();
    // The page clock starts at 09:30 London time on Sunday 29 November.
    await page.goto('/sessions');
    await page.getByLabel('Date').fill('2026-11-30');
    await page.getByLabel('Time').fill('10:00');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the session on' }).waitFor();

    await page.goto('/settings/reminders/new');
    await page.getByRole('heading', { level: 1, name: 'New reminder' }).waitFor();
    await page.getByRole('button', { name: 'Session prep' }).click();
    const hours = page.getByLabel('Hours before each session');
    expect(await hours.inputValue()).toBe('24');
    expect(await page.getByLabel('Time 1').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save reminder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Getting ready for your session' }).waitFor();
    await page.getByText(/24 hours before each session · Next: Sun 10:00/).waitFor();

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const card = page.getByRole('region', { name: 'Reminders' });
    expect(await card.count()).toBe(0);

    await page.clock.fastForward('00:31:00');
    await card.getByRole('heading', { name: 'Now' }).waitFor();
    const item = card.getByRole('link', { name: /Getting ready for your session\s*at 10:00 · for your session Mon 30 Nov 10:00/ });
    await item.waitFor();
    expect(await card.getByRole('link').count()).toBe(1);
    expect(await item.getAttribute('href')).toBe('/sessions/prep');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses a reminder without a time; with notifications off it says what still works', async () => {
    const { page, context } = await chromium.open();
    await page.goto('/settings/reminders/new');
    await page.getByRole('button', { name: 'Save reminder' }).click();
    await page.getByRole('alert').filter({ hasText: 'Pick a time — for example 21:00.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await readStore(page, 'reminders')).toEqual([]);

    // Before anything is decided: an explanation and a button, no prompt on load.
    await page.goto('/settings/reminders');
    await page.getByText(/If you allow notifications/).waitFor();
    await page.getByRole('button', { name: 'Allow notifications' }).waitFor();

    const session = await chromium.browser().newBrowserCDPSession();
    const pageSession = await context.newCDPSession(page);
    const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: { browserContextId?: string } };
    await session.send('Browser.setPermission', {
      permission: { name: 'notifications' },
      setting: 'denied',
      origin: new URL(page.url()).origin,
      browserContextId: targetInfo.browserContextId,
    });
    await page.goto('/settings/reminders/check');
    await page.getByText('Turned off', { exact: true }).waitFor();
    await page.getByText('On this device, add your reminders to your calendar.').waitFor();
    await page.getByText(/Notifications are turned off for Between in this browser/).waitFor();
    expect(await page.getByRole('button', { name: 'Send a test notification' }).isDisabled()).toBe(true);
    await session.detach();
  });
});
