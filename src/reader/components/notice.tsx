/** A message inside the page about something that went wrong, with ways on. */
import type { ReactNode } from 'react';

interface NoticeProps {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'error';
  role?: 'alert' | 'note';
  /** When the notice is the page's main content, its title is the page's h1. */
  titleAs?: 'p' | 'h1';
}

export function Notice({ title, children, tone = 'info', role, titleAs: Title = 'p' }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={role ?? (tone === 'error' ? 'alert' : 'note')}>
      <Title className="notice-title">{title}</Title>
      {children}
    </div>
  );
}
