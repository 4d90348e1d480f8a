import { useTranslation } from 'react-i18next';

/** Participants connected right now (volatile presence), next to how many have joined in all. */
export function Presence({ online, joined }: { online: number | null; joined: number }) {
  const { t } = useTranslation();
  return (
    <p className="presence" data-testid="presence">
      {online !== null && (
        <span data-testid="presence-online" data-count={online}>
          {t('presence.online', { count: online })}
        </span>
      )}
      <span data-testid="participants-count" data-count={joined}>
        {t('presence.joined', { count: joined })}
      </span>
    </p>
  );
}
