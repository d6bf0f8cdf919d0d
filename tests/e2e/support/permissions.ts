import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Grant a permission Playwright has no API for (e.g. persistent-storage,
 * periodic-background-sync) through the DevTools protocol. Keep the returned
 * session attached for as long as the grant should last.
 */
export async function grantPermission(
  browser: Browser,
  context: BrowserContext,
  page: Page,
  name: string,
): Promise<CDPSession> {
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as {
    targetInfo: { browserContextId?: string };
  };
  await pageSession.detach();
  const session = await browser.newBrowserCDPSession();
  await session.send('Browser.setPermission', {
    permission: { name },
    setting: 'granted',
    origin: new URL(page.url()).origin,
    browserContextId: targetInfo.browserContextId,
  });
  return session;
}
