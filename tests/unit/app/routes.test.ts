import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from '../../../src/app/routes';

describe('routes', () => {
  it('matches exact paths, ignoring a trailing slash', () => {
    expect(matchRoute('/')?.tab).toBe('today');
    expect(matchRoute('/journal/')?.path).toBe('/journal');
    expect(matchRoute('/journal/new')?.titleKey).toBe('journal.new.title');
    expect(matchRoute('/settings')?.tab).toBe('more');
  });

  it('finds nothing for unknown paths', () => {
    expect(matchRoute('/journal/new/extra')).toBeUndefined();
    expect(matchRoute('/nope')).toBeUndefined();
  });

  it('has one route per path', () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
