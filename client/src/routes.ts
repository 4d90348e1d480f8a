import { PAGES } from '@forum-ouvert/shared';

/** Route patterns made from the shared PAGES paths, so links and routes cannot drift apart. */
export const ROUTES = {
  home: PAGES.home,
  join: PAGES.join(':code'),
  facilitator: PAGES.facilitator(':sessionId', '').split('#')[0] ?? '/f/:sessionId',
  projector: PAGES.projector(':code'),
  /** The accessibility statement, at its French address (where the footer of every page links)… */
  accessibility: '/accessibilite',
  /** …and at its English one, for whoever types that. */
  accessibilityAlias: '/accessibility',
} as const;

/** Query parameter of a space's door QR code: `/j/CODE?space=<spaceId>` checks the phone into the group meeting there. */
export const CHECK_IN_PARAM = 'space';

export function checkInUrl(joinUrl: string, spaceId: string): string {
  return `${joinUrl}${joinUrl.includes('?') ? '&' : '?'}${CHECK_IN_PARAM}=${encodeURIComponent(spaceId)}`;
}
