/** Grey lines in the shape of the page that is loading. */
import { MAIN_ID } from './page-frame';

export function SkeletonLines({ lines, className = '' }: { lines: number; className?: string }) {
  return (
    <div className={`skeleton ${className}`} aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" style={{ width: `${[92, 100, 86, 97, 70][i % 5]}%` }} />
      ))}
    </div>
  );
}

export function ArticleSkeleton() {
  return (
    <div className="article-layout" aria-busy="true">
      <div className="contents skeleton-col">
        <SkeletonLines lines={5} />
      </div>
      <main id={MAIN_ID} tabIndex={-1} className="story">
        <p className="visually-hidden">Loading article…</p>
        <div className="skeleton skeleton-title" aria-hidden="true">
          <span className="skeleton-line" style={{ width: '40%' }} />
          <span className="skeleton-line skeleton-h1" style={{ width: '90%' }} />
          <span className="skeleton-line skeleton-h1" style={{ width: '65%' }} />
        </div>
        <SkeletonLines lines={6} />
        <SkeletonLines lines={5} />
        <SkeletonLines lines={6} />
      </main>
      <div className="sidebar skeleton-col">
        <SkeletonLines lines={8} />
      </div>
    </div>
  );
}
