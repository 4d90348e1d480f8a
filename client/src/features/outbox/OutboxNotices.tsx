import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';
import type { OutboxNotice } from '../../net/outbox/entry.ts';
import { dismissOutboxNotice } from '../../net/outbox/install.ts';
import { useAppStore } from '../../store/store.ts';
import { refusalReason, refusedAction } from './refusalWords.ts';

/**
 * What the server refused when the phone's actions arrived, said plainly ("Your dot on “Housing”
 * was not counted: voting had closed."), and kept until the person says they have read it. The
 * region is always in the page, so a screen reader hears each refusal as it comes.
 */
export function OutboxNotices() {
  const notices = useAppStore((s) => s.outbox.notices);
  return (
    <PoliteRegion testId="outbox-notices">
      {notices.length > 0 && (
        <ul className="outbox-notices stack stack--tight">
          {notices.map((notice) => (
            <Notice key={notice.id} notice={notice} />
          ))}
        </ul>
      )}
    </PoliteRegion>
  );
}

function Notice({ notice }: { notice: OutboxNotice }) {
  const { t } = useTranslation();
  const id = useId();
  const reason = t(`outbox.reason.${refusalReason(notice.type, notice.code)}`);
  return (
    <li className="banner banner--warn outbox-notice" data-testid="outbox-notice" data-code={notice.code}>
      <p id={id}>{t(`outbox.refused.${refusedAction(notice.type)}`, { count: notice.count, label: notice.label, reason })}</p>
      <button type="button" className="button" aria-describedby={id} onClick={() => dismissOutboxNotice(notice.id)} data-testid="outbox-notice-dismiss">
        {t('outbox.dismiss')}
      </button>
    </li>
  );
}
