import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview, type PreviewHandle } from './preview';

export const E2E_PORT = 4174;

let server: PreviewHandle | undefined;

/** Serve the production build once for every end-to-end test file. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(resolve('dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
  }
  // Chromium leaves temp folders behind; keep them inside the ignored .tmp/.
  const tmp = resolve('.tmp/chromium');
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  server = await startPreview({ port: E2E_PORT, outDir: 'dist' });
  project.provide('baseURL', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
