import type { PhaseId, ThemeIcon } from '@forum-ouvert/shared';

/**
 * Line pictograms on a 24×24 grid, drawn with `currentColor`. Inline SVG rather than emoji:
 * old phones and projector laptops lack recent emoji fonts. Each is always shown with words.
 */
const THEME_PATHS: Record<ThemeIcon, string> = {
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  housing: 'M3 11l9-8 9 8M5 9.5V21h14V9.5M10 21v-6h4v6',
  permit: 'M3 5h18v14H3zM6 9h5v6H6zM14 10h4M14 14h4',
  pay: 'M2 7h20v10H2zM9.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M5 10v4M19 10v4',
  work: 'M3 8h18v12H3zM8 8V5h8v3M3 13h18',
  language: 'M4 4h16v11H10l-6 5zM8 8h8M8 11h5',
  training: 'M2 5c4-1 7 0 10 2c3-2 6-3 10-2v14c-4-1-7 0-10 2c-3-2-6-3-10-2zM12 7v14',
  family:
    'M5 7a3 3 0 1 0 6 0a3 3 0 1 0-6 0M2 21v-2a6 6 0 0 1 12 0v2M15 9.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M15 21v-2a3.5 3.5 0 0 1 7 0v2',
  transport: 'M5 3h14v14H5zM5 10h14M8 17v3M16 17v3M8 13.5h.01M16 13.5h.01',
  culture: 'M9 18V5l11-2v13M3 18a3 3 0 1 0 6 0a3 3 0 1 0-6 0M14 16a3 3 0 1 0 6 0a3 3 0 1 0-6 0',
  rights: 'M12 3v18M7 21h10M5 7h14M5 7l-3 7a3 3 0 0 0 6 0zM19 7l-3 7a3 3 0 0 0 6 0z',
  other: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M8 12h.01M12 12h.01M16 12h.01',
};

const PHASE_PATHS: Record<PhaseId, string> = {
  lobby: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 7v5l3 2',
  marketplace:
    'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z',
  voting: 'M4 4h16v16H4zM8 12l3 3 5-6',
  /** A wall calendar: the programme grid. */
  agenda: 'M3 5h18v16H3zM3 10h18M8 3v4M16 3v4M7 14h3M14 14h3M7 17h3',
  /** Three people standing together: groups meeting. */
  breakouts:
    'M10 6a2 2 0 1 0 4 0a2 2 0 1 0-4 0M3 10a2 2 0 1 0 4 0a2 2 0 1 0-4 0M17 10a2 2 0 1 0 4 0a2 2 0 1 0-4 0M9 14v-2a3 3 0 0 1 6 0v2M2 19v-1a3 3 0 0 1 6 0v1M16 19v-1a3 3 0 0 1 6 0v1',
  /** A heart: thank you. */
  closing: 'M12 20s-7.5-4.6-9-9.5A4.6 4.6 0 0 1 12 7.5a4.6 4.6 0 0 1 9 3c-1.5 4.9-9 9.5-9 9.5z',
};

const UI_PATHS = {
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  copy: 'M8 8h12v12H8zM16 8V4H4v12h4',
  check: 'M5 12l5 5 9-10',
  noTheme: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0',
  clock: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 7v5l3 2',
  place: 'M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11zM10 10a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  interpreter: 'M4 16v-4a8 8 0 0 1 16 0v4M4 15h3v5H4zM17 15h3v5h-3z',
  people: 'M9 7a3 3 0 1 0 6 0a3 3 0 1 0-6 0M5 20v-1a7 7 0 0 1 14 0v1',
  goTo: 'M4 12h15M13 6l6 6-6 6',
  leave: 'M10 4H4v16h6M15 8l4 4-4 4M19 12H9',
  /** A loudspeaker with sound waves: read aloud. */
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16.5 9a4 4 0 0 1 0 6M19 6.5a7.5 7.5 0 0 1 0 11',
  /** A square: stop reading aloud. */
  stop: 'M7 7h10v10H7z',
};

export type IconName = ThemeIcon | PhaseId | keyof typeof UI_PATHS;

/**
 * Drawn pointing to the end of a line (an arrow going on, a door being left): mirrored in
 * right-to-left languages, where the line ends on the left. Nothing else is mirrored.
 */
export const DIRECTIONAL_ICONS: ReadonlySet<IconName> = new Set<IconName>(['goTo', 'leave']);

export const ICON_PATHS: Record<IconName, string> = { ...THEME_PATHS, ...PHASE_PATHS, ...UI_PATHS };
