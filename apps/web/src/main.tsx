/** Entry point: mounts the app into #root. */
// Normally already run as the page's early script (vite.config.ts, `earlyEntry`); where it was
// not, it still starts the board's requests before the rest of the app evaluates.
import './prefetch.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { preloadSectionContent } from './components/SectionContent.js';
import { parseRoute } from './routes.js';
import { whenIdle } from './whenIdle.js';
import { registerServiceWorker } from './registerServiceWorker.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/home.css';
import './styles/board.css';
import './styles/agenda.css';
import './styles/detail.css';
import './styles/dialog.css';
import './styles/leadership.css';
import './styles/timer.css';
import './styles/notices.css';
import './styles/agreement.css';
import './styles/purpose.css';
import './styles/brainstorm.css';
import './styles/visit.css';
import './styles/exchange.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A board's sections: the agreement chunk (small) loads once the page is idle after its start,
// so opening an agreement later need not wait for it; a board opened on one loads it at once.
// Fetched at start it cost the first screenful more than it saved (CodeMirror's, for the purpose,
// loads when a purpose is first shown; the brainstorm is bundled).
if (parseRoute(window.location.pathname, window.location.hash).name === 'board') whenIdle(() => preloadSectionContent(['agreement']), 2000, 500);

registerServiceWorker();
