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

interface LoadFailedProps {
  title: string;
  error: Error;
  /** Fetches again; the button says so while `retrying`. */
  onRetry: () => void;
  retrying: boolean;
  titleAs?: 'p' | 'h1';
  /** Further ways on, beside Retry (a link to the library). */
  children?: ReactNode;
}

/** Data that could not be loaded: what went wrong, a Retry button, and any other way on. */
export function LoadFailedNotice({ title, error, onRetry, retrying, titleAs, children }: LoadFailedProps) {
  return (
    <Notice title={title} tone="error" titleAs={titleAs}>
      <p className="error-message">{error.message}</p>
      <p className="notice-actions">
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
        {children}
      </p>
    </Notice>
  );
}
