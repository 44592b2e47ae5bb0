/** Picks the page for the current route. */
import { BoardPage } from './components/BoardPage.js';
import { BoardProblemPage } from './components/BoardProblemPage.js';
import { HomePage } from './components/HomePage.js';
import { useRoute } from './hooks/useRoute.js';

/** The whole client. */
export function App() {
  const route = useRoute();
  if (route.name === 'board') return <BoardPage boardId={route.boardId} token={route.token} />;
  if (route.name === 'notFound') return <BoardProblemPage problem="not-found" />;
  return <HomePage />;
}
