import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../store/connection.ts';

const BACK_ONLINE_MS = 4000;

/**
 * Always in the page, so that a screen reader announces each change (polite). Says when the
 * connection is lost, and briefly that it is back, so people know their taps are arriving.
 */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const [previous, setPrevious] = useState(status);
  const [backOnline, setBackOnline] = useState(false);
  if (status !== previous) {
    setPrevious(status);
    setBackOnline(status === 'online' && (previous === 'reconnecting' || previous === 'offline'));
  }
  useEffect(() => {
    if (!backOnline) return;
    const timer = setTimeout(() => setBackOnline(false), BACK_ONLINE_MS);
    return () => clearTimeout(timer);
  }, [backOnline]);

  const message =
    status === 'online' ? (backOnline ? t('connection.backOnline') : '') : t(`connection.${status}`);
  const tone = status === 'online' ? 'ok' : status === 'connecting' ? 'info' : 'warn';
  return (
    <div
      role="status"
      aria-live="polite"
      className={message ? `banner banner--${tone}` : 'banner banner--empty'}
      data-testid="connection-banner"
      data-status={status}
    >
      {message}
    </div>
  );
}
