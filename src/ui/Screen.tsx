import { useEffect, useRef, type ReactNode } from 'react';

interface ScreenProps {
  title: string;
  children: ReactNode;
  /** Optional line under the title. */
  lead?: ReactNode;
}

/**
 * One screen: a single h1 that receives focus when the screen opens, so people
 * using a screen reader hear where they landed after navigating.
 */
export function Screen({ title, lead, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Between`;
    // Only move focus after an in-app navigation, not on first load.
    if (document.activeElement && document.activeElement !== document.body) {
      heading.current?.focus({ preventScroll: false });
    }
  }, [title]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="screen-lead">{lead}</p> : null}
      </header>
      {children}
    </section>
  );
}
