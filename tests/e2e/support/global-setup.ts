import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview, type PreviewHandle } from './preview';

// Overridable so that several checkouts can run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4174);
const outDir = process.env.E2E_DIST ?? 'dist';

let server: PreviewHandle | undefined;

/** Serve the production build once for every end-to-end test file. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the end-to-end tests.`);
  }
  // Chromium leaves temp folders behind; keep them inside the ignored .tmp/.
  const tmp = resolve('.tmp/chromium');
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  server = await startPreview({ port, outDir });
  project.provide('baseURL', server.url);
  project.provide('distDir', outDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}
