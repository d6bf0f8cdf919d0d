import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

const chromium = useBrowser();

interface Manifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  display: string;
  start_url: string;
  scope: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  shortcuts: { name: string; url: string }[];
  share_target: { action: string; method: string; params: Record<string, string> };
}

function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('install', () => {
  it('serves a complete web app manifest with real icons', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(href ?? '');
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({
      name: 'Between',
      short_name: 'Between',
      display: 'standalone',
      start_url: '/',
      scope: '/',
      id: '/',
    });
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons = await Promise.all(
      manifest.icons.map(async (icon) => {
        const bytes = await (await page.request.get(`/${icon.src}`)).body();
        return { purpose: icon.purpose ?? 'any', declared: icon.sizes, actual: pngSize(bytes) };
      }),
    );
    for (const icon of icons) expect(icon.actual).toBe(icon.declared);
    expect(icons.filter((i) => i.purpose === 'any').map((i) => i.declared)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(icons.some((i) => i.purpose === 'maskable' && i.declared === '512x512')).toBe(true);

    expect(manifest.shortcuts.map((s) => s.name)).toEqual(['Log a success', 'New journal entry']);
    expect(manifest.share_target).toEqual({
      action: '/journal/new',
      method: 'GET',
      params: { title: 'title', text: 'text', url: 'url' },
    });
  });

  it('opens each shortcut on a working screen', async () => {
    const app = await chromium.open();
    await app.page.goto('/today?capture=success');
    await app.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await app.page.getByRole('heading', { name: 'Quick note' }).waitFor();
    await app.page.goto('/journal/new');
    await app.page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
  });

  it('keeps text shared from another app as a journal draft, also after a reload', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto(
      '/journal/new?title=From+my+notes&text=%3Cb%3ECalm%3C%2Fb%3E+walk+by+the+river&url=https%3A%2F%2Fexample.org%2Fa',
    );
    const draft = page.getByRole('textbox', { name: 'Your entry' });
    await draft.waitFor();
    await expect.poll(() => draft.inputValue()).toContain('<b>Calm</b> walk by the river');
    expect(await draft.inputValue()).toContain('https://example.org/a');
    // The address no longer carries the shared text, so a reload does not add it twice.
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your entry' }).inputValue()).toContain(
      'walk by the river',
    );
    const value = await page.getByRole('textbox', { name: 'Your entry' }).inputValue();
    expect(value.match(/walk by the river/g)).toHaveLength(1);
  });
});
