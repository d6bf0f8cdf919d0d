import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from '../../../src/app/Link';
import { isPlainLeftClick, navigate, useLocation } from '../../../src/app/router';

function Where() {
  const location = useLocation();
  return (
    <p>
      at {location.pathname}
      {location.search}
    </p>
  );
}

describe('router', () => {
  it('updates readers on navigate and on history back', async () => {
    render(<Where />);
    act(() => navigate('/journal?x=1'));
    expect(screen.getByText('at /journal?x=1')).toBeInTheDocument();
    act(() => navigate('/goals'));
    expect(screen.getByText('at /goals')).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByText('at /journal?x=1')).toBeInTheDocument();
  });

  it('lets a Link navigate in-app on a plain click', async () => {
    render(
      <>
        <Link to="/progress">Progress</Link>
        <Where />
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Progress' }));
    expect(screen.getByText('at /progress')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/progress');
  });

  it('leaves modified clicks to the browser', () => {
    const base = { button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false, defaultPrevented: false };
    expect(isPlainLeftClick(base)).toBe(true);
    expect(isPlainLeftClick({ ...base, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...base, button: 1 })).toBe(false);
    expect(isPlainLeftClick({ ...base, defaultPrevented: true })).toBe(false);
  });
});
