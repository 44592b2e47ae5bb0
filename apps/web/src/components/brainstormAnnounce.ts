/**
 * The brainstorm board's polite live region, for what happens outside a drag (a card moved up
 * or down with Alt+arrows): components call `useBrainstormAnnounce()(text)`. Drags are said by
 * dnd-kit's own region.
 */
import { createContext, useContext } from 'react';

/** Says `text` in the board's live region. */
export type Announce = (text: string) => void;

export const BrainstormAnnounceContext = createContext<Announce>(() => undefined);

/** The board's announce function (stable for the board's lifetime). */
export const useBrainstormAnnounce = (): Announce => useContext(BrainstormAnnounceContext);
