import type { GroupMode } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { SlotTimes } from '../agenda/SlotTimes.tsx';
import { GroupNotesEntry } from '../notes/GroupNotesEntry.tsx';
import { GroupCard } from './GroupCard.tsx';
import { GoToGroupButton, GroupMoveError, LeaveGroupButton } from './GroupMoveControls.tsx';
import type { ProgrammeEntry } from './programme.ts';
import type { GroupMoves } from './useGroupMoves.ts';

/** One time slot of my programme: my group (and leaving it), then the other groups (and going to one). */
export function ProgrammeSlotCard({ entry, mode, moves }: { entry: ProgrammeEntry; mode: GroupMode; moves: GroupMoves }) {
  const { t } = useTranslation();
  const { slot, current, myGroup, others, movesOpen } = entry;
  const headingId = `programme-slot-heading-${slot.id}`;
  return (
    <section
      className={current ? 'card programme-slot programme-slot--current' : 'card programme-slot'}
      aria-labelledby={headingId}
      data-testid={`programme-slot-${slot.id}`}
      data-current={current}
    >
      <h3 id={headingId} className="programme-slot__times">
        <Icon name="clock" />
        <SlotTimes slot={slot} />
        {current && <span className="tag tag--now">{t('programme.now')}</span>}
      </h3>
      {myGroup ? (
        <div className="stack stack--tight" data-testid={`my-group-${slot.id}`} data-topic-id={myGroup.topic.id}>
          <h4 className="programme-slot__label">{t('programme.yourGroup')}</h4>
          <GroupCard group={myGroup}>
            <GroupNotesEntry slot={slot} topicId={myGroup.topic.id} title={myGroup.topic.title} />
            {movesOpen && <LeaveGroupButton slot={slot} group={myGroup} moves={moves} />}
          </GroupCard>
        </div>
      ) : (
        others.length > 0 && (
          <p className="hint" data-testid={`no-group-${slot.id}`}>
            {t(mode === 'free' ? 'programme.noGroupFree' : 'programme.noGroupAssigned')}
          </p>
        )
      )}
      <GroupMoveError code={moves.errorIn(slot.id)} slotId={slot.id} />
      {others.length > 0 && (
        <div className="stack stack--tight">
          <h4 className="programme-slot__label">
            {t(myGroup ? 'programme.otherGroups' : 'programme.groupsInSlot', { count: others.length })}
          </h4>
          <ul className="programme-slot__groups">
            {others.map((group) => (
              <li key={group.topic.id}>
                <GroupCard group={group}>
                  {/* Conveners write the notes of their topic's group even while sitting elsewhere. */}
                  {group.mine && <GroupNotesEntry slot={slot} topicId={group.topic.id} title={group.topic.title} />}
                  {movesOpen && <GoToGroupButton slot={slot} group={group} moves={moves} />}
                </GroupCard>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!myGroup && others.length === 0 && <p className="hint">{t('programme.noTopics')}</p>}
    </section>
  );
}
