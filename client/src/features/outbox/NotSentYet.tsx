import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import './outbox.css';

/** The clock and the words "not sent yet", next to what waits on this phone. */
export function NotSentYet({ testId, count }: { testId: string; count?: number }) {
  const { t } = useTranslation();
  return (
    <span className="not-sent-yet" data-testid={testId} data-count={count}>
      <Icon name="clock" size={18} />
      {t('outbox.notSentYet')}
    </span>
  );
}
