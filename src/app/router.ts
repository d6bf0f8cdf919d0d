import { useSyncExternalStore } from 'react';

// A deliberately tiny router: a handful of flat routes does not need a library,
// and every kilobyte on the first screen counts on a cheap phone.

export interface Location {
  pathname: string;
  search: string;
}

const listeners = new Set<() => void>();
let current: Location = readLocation();

function readLocation(): Location {
  return { pathname: window.location.pathname, search: window.location.search };
}

function emit(): void {
  const next = readLocation();
  if (next.pathname === current.pathname && next.search === current.search) return;
  current = next;
  listeners.forEach((listener) => listener());
}

window.addEventListener('popstate', emit);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, () => current);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  emit();
}

/** Whether a click should be left to the browser (new tab, modified click, …). */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey
  );
}

/**
 * Match a path pattern such as '/journal/:id' against a pathname. Returns the
 * decoded parameters, or undefined when it does not match. A trailing slash is ignored.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const normalise = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  const want = normalise(pattern).split('/');
  const have = normalise(pathname).split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const expected = want[i] ?? '';
    const actual = have[i] ?? '';
    if (expected.startsWith(':')) {
      if (!actual) return undefined;
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

/** Parameters of the current location for a pattern, e.g. useParams('/journal/:id').id. */
export function useParams(pattern: string): Record<string, string> {
  const { pathname } = useLocation();
  return matchPath(pattern, pathname) ?? {};
}
