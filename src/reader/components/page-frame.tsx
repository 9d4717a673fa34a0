/** The frame every page shares: skip link, site header, live region. */
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { APP_IDS } from '../../contract/dom-ids';
import { paths } from '../config/paths';
import { LiveRegionProvider } from './live-region';

export const MAIN_ID = APP_IDS.main;

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Focus the main landmark without changing the URL's fragment (which names a section).
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

export function PageFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <LiveRegionProvider>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.library.href()} className="site-name">
          Lede
        </Link>
        <span className="site-tagline">news, by section and by who is in it</span>
        <Link to={paths.read.href()} className="site-read">
          Read your own story
        </Link>
      </header>
      <div className={wide ? 'page page-wide' : 'page'}>{children}</div>
    </LiveRegionProvider>
  );
}
