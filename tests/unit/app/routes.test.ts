import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from '../../../src/app/routes';
import { matchPath } from '../../../src/app/router';

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

  it('matches parameters and decodes them', () => {
    expect(matchPath('/journal/:id', '/journal/abc%20d')).toEqual({ id: 'abc d' });
    expect(matchPath('/journal/:id', '/journal/')).toBeUndefined();
    expect(matchPath('/journal/:id', '/journal/a/b')).toBeUndefined();
    expect(matchPath('/journal/:id', '/journal/%E0%A4%A')).toBeUndefined();
    expect(matchPath('/goals/:goal/steps/:step', '/goals/g1/steps/s2')).toEqual({ goal: 'g1', step: 's2' });
  });

  it('has one route per path', () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
