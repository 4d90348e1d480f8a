import { useTranslation } from 'react-i18next';

/** The dots of a topic or a proposal, as a number and (with `max`) a bar relative to the most-voted one. */
export function Tally({ targetId, count, max }: { targetId: string; count: number; max?: number }) {
  const { t } = useTranslation();
  const share = max ? Math.round((count / Math.max(max, 1)) * 100) : null;
  return (
    <div className="tally" data-testid={`tally-${targetId}`} data-count={count}>
      {share !== null && (
        <span className="tally__track" data-testid={`tally-bar-${targetId}`} aria-hidden="true">
          <span className="tally__bar" style={{ inlineSize: `${share}%` }} />
        </span>
      )}
      <span className="tally__count">{t('tally.dots', { count })}</span>
    </div>
  );
}
