/** Small inline line icons (16px, currentColor), so no icon font or extra request is needed. */
import { memo, type SVGProps } from 'react';

const PATHS = {
  purpose: 'M12 3v3m0 12v3M3 12h3m12 0h3M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
  brainstorm: 'M9 18h6m-5 3h4M12 3a6 6 0 0 0-3.6 10.8c.6.5 1 1.2 1 2V16h5.2v-.2c0-.8.4-1.5 1-2A6 6 0 0 0 12 3Z',
  agreement: 'M7 11v8H4v-8h3Zm0 0 4-7a2 2 0 0 1 2 2v4h5.5a2 2 0 0 1 2 2.3l-1 6A2 2 0 0 1 17.5 20H7',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  lock: 'M6 11h12v9H6v-9Zm2 0V8a4 4 0 0 1 8 0v3',
  group: 'M4 4h7v7H4V4Zm9 0h7v7h-7V4ZM4 13h7v7H4v-7Zm9 0h7v7h-7v-7Z',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  up: 'm6 15 6-6 6 6',
  down: 'm6 9 6 6 6-6',
  edit: 'M4 20h4L19 9l-4-4L4 16v4Zm9-13 4 4',
  trash: 'M4 7h16M10 11v6m4-6v6M6 7l1 13h10l1-13M9 7V4h6v3',
  download: 'M12 4v11m-4-4 4 4 4-4M5 20h14',
  upload: 'M12 20V9m-4 4 4-4 4 4M5 4h14',
  chart: 'M4 20V10m6 10V4m6 16v-7m4 7H3',
  share: 'M4 13v6a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-6M16 7l-4-4-4 4m4-4v12',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1m2 4a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  copy: 'M8 8h11v11H8V8Zm-3 8V5h11',
  check: 'm5 12 5 5 9-10',
  eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Zm10-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  undo: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
  redo: 'm15 14 5-5-5-5m5 5H9a5 5 0 0 0 0 10h3',
  close: 'M6 6l12 12M18 6 6 18',
  board: 'M4 5h16v14H4V5Zm5 0v14',
  clock: 'M12 7v5l3 2m6-2a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0',
  alert: 'M12 9v4m0 4h.01M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
  arrowRight: 'M5 12h14m-6-6 6 6-6 6',
  history: 'M3 12a9 9 0 1 0 3-6.7L3 8m0-5v5h5m4-1v5l3 2',
  crown: 'M3 8l4 4 5-7 5 7 4-4-2 11H5L3 8Z',
  play: 'M7 5v14l12-7L7 5Z',
  pause: 'M8 5v14m8-14v14',
  reset: 'M4 4v5h5M4.6 15a8 8 0 1 0 1.7-8.3L4 9',
  spotlight: 'M12 2v3m0 14v3M2 12h3m14 0h3M5 5l2 2m10 10 2 2M5 19l2-2m10-10 2-2M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
  volume: 'M4 9v6h4l5 4V5L8 9H4Zm12.5-.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  volumeOff: 'M4 9v6h4l5 4V5L8 9H4Zm12 0 5 6m0-6-5 6',
  left: 'm15 6-6 6 6 6',
  right: 'm9 6 6 6-6 6',
  stepBack: 'M10 17l-5-5 5-5M5 12h10a4 4 0 0 1 4 4v3',
  handOver: 'M7 12h10m-4-4 4 4-4 4M3 5v14',
} as const;

/** Names of the available icons. */
export type IconName = keyof typeof PATHS;

/** A decorative icon; give the surrounding control the accessible name. Memo: rows re-render, their icons need not. */
export const Icon = memo(function Icon({ name, size = 16, ...rest }: { name: IconName; size?: number } & SVGProps<SVGSVGElement>) {
  return (
    // Stroke and fill come from `.icon` in base.css: a 300-section agenda renders ~1,800 icons,
    // and five presentation attributes each were thousands of setAttribute calls on first render.
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" {...rest}>
      <path d={PATHS[name]} />
    </svg>
  );
});
