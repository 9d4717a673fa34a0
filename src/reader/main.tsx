/**
 * The browser entry: the styles, and the app loaded after the browser has painted a prerendered story, so the
 * script (the page's largest download) never delays the first view. Without prerendered markup (dev server,
 * fallback pages) there is nothing to paint first and the app starts at once.
 */
import { APP_IDS } from '../contract/dom-ids';
import './styles/base.css';
import './styles/layout.css';
import './styles/story.css';
import './styles/sidebar.css';
import './styles/read.css';
import './styles/print.css';

const start = () => void import('./boot');
if (document.getElementById(APP_IDS.root)?.firstElementChild) requestAnimationFrame(() => setTimeout(start, 0));
else start();
