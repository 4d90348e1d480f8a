import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { OUTBOX_MAX_ENTRIES } from '../../net/outbox/entry.ts';
import { useAppStore } from '../../store/store.ts';
import { OutboxAnnouncer } from './OutboxAnnouncer.tsx';
import { OutboxNotices } from './OutboxNotices.tsx';
import { useWaitingCount } from './usePending.ts';
import './outbox.css';

/**
 * On a participant's phone, above everything: how many actions wait to be sent, when the phone
 * cannot keep more, and the refusals told on arrival. Shown even before the session has loaded,
 * so a phone reloaded without network still says what it keeps.
 */
export function OutboxPanel() {
  const { t } = useTranslation();
  const waiting = useWaitingCount();
  const full = useAppStore((s) => s.outbox.full);
  return (
    <>
      <OutboxAnnouncer />
      {waiting > 0 && (
        <p className="banner banner--info outbox-waiting" data-testid="outbox-waiting" data-count={waiting}>
          <Icon name="clock" size={20} />
          {t('outbox.waiting', { count: waiting })}
        </p>
      )}
      {full && (
        <p className="banner banner--warn" data-testid="outbox-full">
          {t('outbox.full', { max: OUTBOX_MAX_ENTRIES })}
        </p>
      )}
      <OutboxNotices />
    </>
  );
}
