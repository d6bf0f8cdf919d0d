import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}

/** A calm, honest placeholder for something that has no data (or is not built yet). */
export function EmptyState({ title, children, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="card empty-state">
      <Heading>{title}</Heading>
      <div className="empty-body">{children}</div>
    </div>
  );
}
