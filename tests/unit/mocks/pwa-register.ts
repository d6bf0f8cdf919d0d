import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** Stand-in for vite-plugin-pwa's virtual module: tests drive the callbacks. */
export const registered: { options?: RegisterSWOptions; applied: number } = { applied: 0 };

export function registerSW(options: RegisterSWOptions = {}): (reload?: boolean) => Promise<void> {
  registered.options = options;
  return () => {
    registered.applied += 1;
    return Promise.resolve();
  };
}
