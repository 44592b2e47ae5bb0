/** Home: what Roundtable is, the create form and this device's recent boards. */
import { CreateBoardForm } from './CreateBoardForm.js';
import { ImportBoardForm } from './ImportBoardForm.js';
import { Logo } from './Logo.js';
import { RecentBoards } from './RecentBoards.js';

/** The landing page at `/`. */
export function HomePage() {
  return (
    <div className="home">
      <header className="home__bar">
        <Logo />
      </header>
      <main className="home__main">
        <div className="home__intro">
          <h1 className="home__headline">Run the session together.</h1>
          <p className="home__lede">
            A shared agenda for workshops and retrospectives: co-write a purpose, brainstorm, and test agreement.
            Anyone can lead any section, live or between meetings, even offline.
          </p>
        </div>
        <div className="home__grid">
          <CreateBoardForm />
          <RecentBoards />
        </div>
        <ImportBoardForm />
      </main>
    </div>
  );
}
