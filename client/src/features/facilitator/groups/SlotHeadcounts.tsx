import { groupsOfSlot, isGroupFull, type SessionState, type Slot } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { slotTimes } from '../../../i18n/format.ts';
import { Headcount } from '../../agenda/Headcount.tsx';

/** Live headcounts of one slot's groups ("12 / 30", full ones said in words), and who has no group yet. */
export function SlotHeadcounts({ state, slot }: { state: SessionState; slot: Slot }) {
  const { t, i18n } = useTranslation();
  const groups = groupsOfSlot(state, slot.id);
  const seated = Object.keys(state.breakouts.members[slot.id] ?? {}).length;
  const withoutGroup = Math.max(0, state.participantCount - seated);
  const current = state.breakouts.currentSlotId === slot.id;
  return (
    <section className="stack stack--tight slot-headcounts" aria-labelledby={`headcounts-${slot.id}`} data-testid={`headcounts-${slot.id}`}>
      <h4 id={`headcounts-${slot.id}`}>
        {t('groupsPanel.slot', slotTimes(i18n.language, slot))}
        {current && <span className="tag tag--now">{t('groupsPanel.now')}</span>}
      </h4>
      {groups.length === 0 ? (
        <p className="hint">{t('groupsPanel.noGroups')}</p>
      ) : (
        <ul className="slot-headcounts__list">
          {groups.map((group) => (
            <li key={group.topicId} className="slot-headcounts__group">
              <span className="slot-headcounts__title" dir="auto">
                {state.topics[group.topicId]?.title}
              </span>
              <span className="hint" dir="auto">
                {state.spaces[group.spaceId]?.name}
              </span>
              <Headcount
                slotId={slot.id}
                topicId={group.topicId}
                count={group.headcount}
                capacity={group.capacity}
                full={isGroupFull(state, slot.id, group.topicId)}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="hint" data-testid={`without-group-${slot.id}`} data-count={withoutGroup}>
        {t('groupsPanel.withoutGroup', { count: withoutGroup })}
      </p>
    </section>
  );
}
