/** A message inside the page about something that went wrong, with ways on. */
import type { ReactNode } from 'react';

export function Notice({ title, children, tone = 'info', role }: { title: string; children?: ReactNode; tone?: 'info' | 'error'; role?: 'alert' | 'note' }) {
  return (
    <div className={`notice notice-${tone}`} role={role ?? (tone === 'error' ? 'alert' : 'note')}>
      <p className="notice-title">{title}</p>
      {children}
    </div>
  );
}
