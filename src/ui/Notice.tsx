import type { ReactNode } from 'react';

interface NoticeProps {
  children: ReactNode;
  actions?: ReactNode;
  /** 'status' is announced politely; use 'alert' only for something urgent. */
  role?: 'status' | 'alert';
  label: string;
}

/** A sticky notice above the navigation, e.g. "A new version is ready". */
export function Notice({ children, actions, role = 'status', label }: NoticeProps) {
  return (
    <div className="notice" role={role} aria-label={label}>
      <p className="notice-text">{children}</p>
      {actions ? <div className="notice-actions">{actions}</div> : null}
    </div>
  );
}
