import { useTranslation } from 'react-i18next';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';
import { useAppStore } from '../../store/store.ts';

/**
 * One polite sentence when actions start waiting on the phone, one when they have been sent:
 * never one per dot. Hidden from sight: the "not sent yet" marks say the same to the eye.
 */
export function OutboxAnnouncer() {
  const { t } = useTranslation();
  const announcement = useAppStore((s) => s.outbox.announcement);
  const text = !announcement ? '' : announcement.kind === 'queued' ? t('outbox.queued') : t('outbox.sent', { count: announcement.count });
  return (
    <div className="sr-only">
      <PoliteRegion testId="outbox-announcer">{text && <p key={announcement?.seq}>{text}</p>}</PoliteRegion>
    </div>
  );
}
