import { groupOf, groupsOfSlot, isGroupFull, orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { slotTimes } from '../../../i18n/format.ts';
import { Refusal } from '../Refusal.tsx';

const OUT = 'out';

/** The facilitator seats someone by hand: a person (by pseudonym), a slot, a group of that slot, or out of every group. */
export function MoveParticipantForm({ state }: { state: SessionState }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const slots = orderedSlots(state);
  const people = Object.values(state.participants).sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  const [personId, setPersonId] = useState('');
  const [chosenSlot, setSlotId] = useState('');
  const [target, setTarget] = useState('');
  const { run, pending, error } = useCommand();
  const slotId = chosenSlot || (state.breakouts.currentSlotId ?? slots[0]?.id ?? '');
  const currentGroup = personId && slotId ? groupOf(state, personId, slotId) : undefined;
  const groups = slotId ? groupsOfSlot(state, slotId) : [];
  const ready = Boolean(personId && slotId && target) && !pending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    void run({ type: 'moveParticipant', participantId: personId, slotId, topicId: target === OUT ? null : target }).then((r) => r.ok && setTarget(''));
  }

  if (people.length === 0 || slots.length === 0) return <p className="hint">{t('groupsPanel.moveUnavailable')}</p>;
  return (
    <form className="stack stack--tight" onSubmit={submit} aria-labelledby={`${id}-heading`} data-testid="move-participant">
      <h3 id={`${id}-heading`}>{t('groupsPanel.moveHeading')}</h3>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('groupsPanel.movePerson')}</label>
          <select id={`${id}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)} data-testid="move-participant-person">
            <option value="">{t('groupsPanel.choose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.pseudonym}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-slot`}>{t('groupsPanel.moveSlot')}</label>
          <select id={`${id}-slot`} value={slotId} onChange={(e) => {
              setSlotId(e.target.value);
              setTarget('');
            }} data-testid="move-participant-slot">
            {slots.map((slot) => (
              <option key={slot.id} value={slot.id}>
                {t('groupsPanel.slot', slotTimes(i18n.language, slot))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('groupsPanel.moveGroup')}</label>
          <select id={`${id}-group`} value={target} onChange={(e) => setTarget(e.target.value)} data-testid="move-participant-group">
            <option value="">{t('groupsPanel.choose')}</option>
            {groups.map((g) => {
              const here = g.topicId === currentGroup;
              const full = isGroupFull(state, slotId, g.topicId);
              const where = { title: state.topics[g.topicId]?.title ?? '', space: state.spaces[g.spaceId]?.name ?? '', n: g.headcount, capacity: g.capacity };
              return (
                <option key={g.topicId} value={g.topicId} disabled={here || full}>
                  {t(here ? 'groupsPanel.groupOptionHere' : full ? 'groupsPanel.groupOptionFull' : 'groupsPanel.groupOption', where)}
                </option>
              );
            })}
            {currentGroup && <option value={OUT}>{t('groupsPanel.groupOptionOut')}</option>}
          </select>
        </div>
      </div>
      {personId && (
        <p className="hint" data-testid="move-participant-current" data-topic-id={currentGroup ?? ''}>
          {currentGroup ? t('groupsPanel.currentGroup', { title: state.topics[currentGroup]?.title ?? '' }) : t('groupsPanel.currentNone')}
        </p>
      )}
      <button type="submit" className="button" disabled={!ready} data-testid="move-participant-submit">
        {t('groupsPanel.moveSubmit')}
      </button>
      <Refusal code={error} conflict={t('groupsPanel.moveConflict')} />
    </form>
  );
}
