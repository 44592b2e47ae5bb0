import { describe, expect, it } from 'vitest';
import { boardPath, parseRoute, sectionFromSearch, tokenFromHash, withSection } from './routes.js';

describe('routes', () => {
  it('reads the board id from the path and the token from the fragment only', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'home' });
    expect(parseRoute('/b/abc123', '#t=tok.en-_')).toEqual({ name: 'board', boardId: 'abc123', token: 'tok.en-_' });
    expect(parseRoute('/b/abc123', '')).toEqual({ name: 'board', boardId: 'abc123', token: null });
    expect(parseRoute('/b/../etc', '')).toEqual({ name: 'notFound', path: '/b/../etc' });
    expect(tokenFromHash('#x=1&t=')).toBeNull();
  });

  it('round-trips a board path', () => {
    const path = boardPath('id1', 'a.b_c');
    const [pathname, hash] = path.split('#');
    expect(parseRoute(pathname!, `#${hash}`)).toEqual({ name: 'board', boardId: 'id1', token: 'a.b_c' });
  });

  it('keeps the section in view in the query, the token in the fragment', () => {
    const url = 'http://board.test:8080/b/id1#t=tok';
    expect(withSection(url, 'sec9')).toBe('/b/id1?s=sec9#t=tok');
    expect(withSection('http://x/b/id1?s=old#t=tok', null)).toBe('/b/id1#t=tok');
    expect(sectionFromSearch('?s=sec9')).toBe('sec9');
    expect(sectionFromSearch('?s=%3Cscript%3E')).toBeNull();
    expect(sectionFromSearch('')).toBeNull();
    expect(parseRoute('/b/id1', '#t=tok')).toEqual({ name: 'board', boardId: 'id1', token: 'tok' });
  });
});
