import { useId, type ReactNode } from 'react';

interface CardProps {
  title?: string;
  children: ReactNode;
}

/**
 * A card; with a title it is a region named by it, so "Not now" in the backup
 * card and "Not now" in the intake card are told apart by screen readers.
 */
export function Card({ title, children }: CardProps) {
  const id = useId();
  if (!title) return <div className="card">{children}</div>;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
