import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { shellRoutes } from './support/routes';

const chromium = useBrowser();

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing on any screen in ${colorScheme} mode`, async () => {
      const app = await chromium.open({ colorScheme });
      const found: string[] = [];
      for (const route of shellRoutes) {
        await app.page.goto(route.path);
        await app.page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
        found.push(...(await axeViolations(app.page)).map((v) => `${route.path} ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});
