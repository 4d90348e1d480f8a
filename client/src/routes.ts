import { PAGES } from '@forum-ouvert/shared';

/** Route patterns made from the shared PAGES paths, so links and routes cannot drift apart. */
export const ROUTES = {
  home: PAGES.home,
  join: PAGES.join(':code'),
  facilitator: PAGES.facilitator(':sessionId', '').split('#')[0] ?? '/f/:sessionId',
  projector: PAGES.projector(':code'),
} as const;
