import { phaseAllows, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi.ts';
import { slotTimes } from '../../i18n/format.ts';
import { programmeOf } from './programme.ts';
import { ProgrammeSlotCard } from './ProgrammeSlotCard.tsx';
import { useGroupMoves, type MoveNotice } from './useGroupMoves.ts';

/** "My programme", once the facilitator has published it: each slot in time order, and my group in it. */
export function ProgrammeView({ state, me }: { state: SessionState; me: string }) {
  const { t } = useTranslation();
  const moves = useGroupMoves();
  if (!state.agenda.published) {
    return (
      <section className="card stack stack--tight" aria-labelledby="programme-heading" data-testid="programme-not-published">
        <h2 id="programme-heading">{t('programme.heading')}</h2>
        <p>{t('programme.notPublished')}</p>
      </section>
    );
  }
  const entries = programmeOf(state, me);
  const movesOpen = entries.some((entry) => entry.movesOpen);
  return (
    <section className="stack programme" aria-labelledby="programme-heading" data-testid="programme" data-mode={state.breakouts.mode}>
      <h2 id="programme-heading">{t('programme.heading')}</h2>
      {movesOpen && state.breakouts.mode === 'free' && <p className="phase-hint">{t('twoFeet.freeChoice')}</p>}
      {movesOpen && phaseAllows(state.phase, 'move') && (
        <div className="two-feet" data-testid="two-feet">
          <p className="two-feet__heading">{t('twoFeet.lawHeading')}</p>
          <p>{t('twoFeet.law')}</p>
        </div>
      )}
      {/* Always in the page, so that each move is announced (politely) as it is confirmed. */}
      <div role="status" aria-live="polite" className={moves.notice ? 'banner banner--ok' : 'banner banner--empty'} data-testid="programme-announcer">
        {moves.notice && <Notice notice={moves.notice} />}
      </div>
      {entries.length === 0 ? (
        <p className="hint">{t('programme.empty')}</p>
      ) : (
        <ol className="programme__slots">
          {entries.map((entry) => (
            <li key={entry.slot.id}>
              <ProgrammeSlotCard entry={entry} mode={state.breakouts.mode} moves={moves} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Notice({ notice }: { notice: MoveNotice }) {
  const { t, i18n } = useTranslation();
  return notice.kind === 'left'
    ? t('twoFeet.left', { title: isolate(notice.title) })
    : t('twoFeet.joined', { title: isolate(notice.title), ...slotTimes(i18n.language, notice.slot) });
}
