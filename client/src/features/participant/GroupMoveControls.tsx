import type { Slot } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import type { ClientErrorCode } from '../../net/errors.ts';
import type { ProgrammeGroup } from './programme.ts';
import type { GroupMoves } from './useGroupMoves.ts';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

/** "Go to this group": enabled exactly when `groupMoveRefusal` says yes; otherwise says why (a full group says so). */
export function GoToGroupButton({ slot, group, moves }: { slot: Slot; group: ProgrammeGroup; moves: GroupMoves }) {
  const { t } = useTranslation();
  const { refusal, topic } = group;
  const reasonId = `go-to-reason-${slot.id}-${topic.id}`;
  return (
    <div className="stack stack--tight">
      <button
        type="button"
        className="button button--primary button--wide"
        disabled={refusal !== null || moves.pending}
        aria-label={`${t('twoFeet.goTo')} (${topic.title})`}
        aria-describedby={refusal ? reasonId : undefined}
        onClick={() => moves.join(slot, group)}
        data-testid={`go-to-group-${slot.id}-${topic.id}`}
        data-refusal={refusal ?? ''}
      >
        <Icon name="goTo" />
        {t('twoFeet.goTo')}
      </button>
      {refusal && (
        <p id={reasonId} className="hint" data-testid={`go-to-reason-${slot.id}-${topic.id}`}>
          {/* The group is not ours (that one is listed apart), so a conflict means no seat is left. */}
          {refusal === 'CONFLICT' ? t('twoFeet.full') : t(`twoFeet.refusals.${refusal}`)}
        </p>
      )}
    </div>
  );
}

export function LeaveGroupButton({ slot, group, moves }: { slot: Slot; group: ProgrammeGroup; moves: GroupMoves }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--wide"
      disabled={moves.pending}
      aria-label={`${t('twoFeet.leave')} (${group.topic.title})`}
      onClick={() => moves.leave(slot, group)}
      data-testid={`leave-group-${slot.id}`}
    >
      <Icon name="leave" />
      {t('twoFeet.leave')}
    </button>
  );
}

/** A refused move, in words: group refusals have their own wording, anything else the generic one. */
export function GroupMoveError({ code, slotId }: { code: ClientErrorCode | null; slotId: string }) {
  return <PoliteRegion>{code && <MoveRefusal code={code} slotId={slotId} />}</PoliteRegion>;
}

function MoveRefusal({ code, slotId }: { code: ClientErrorCode; slotId: string }) {
  const { t } = useTranslation();
  const text = code === 'CONFLICT' || code === 'WRONG_PHASE' || code === 'NOT_FOUND' ? t(`twoFeet.refusals.${code}`) : t(`errors.${code}`);
  return (
    <p className="error" data-testid={`move-error-${slotId}`} data-code={code}>
      {text}
    </p>
  );
}
