import { orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { spacesInOrder } from '../agenda/groups.ts';
import { SlotTimes } from '../agenda/SlotTimes.tsx';
import { AgendaCell } from './AgendaCell.tsx';
import { NowBanner } from './NowBanner.tsx';
import { SpaceColumnHead } from './SpaceColumnHead.tsx';

/** The programme wall: a row per slot (time order), a column per space, live headcounts, the current slot marked. */
export function AgendaGrid({ state, joinUrl }: { state: SessionState; joinUrl: string | null }) {
  const { t } = useTranslation();
  const slots = orderedSlots(state);
  const spaces = spacesInOrder(state);
  const { currentSlotId } = state.breakouts;
  return (
    <section className="agenda" aria-labelledby="agenda-heading" data-testid="agenda-grid" data-published={state.agenda.published}>
      <h2 id="agenda-heading" className="sr-only">
        {t('projectorAgenda.heading')}
      </h2>
      {!state.agenda.published && (
        <p className="banner banner--info" data-testid="agenda-draft">
          {t('projectorAgenda.draft')}
        </p>
      )}
      <NowBanner state={state} />
      {slots.length === 0 || spaces.length === 0 ? (
        <p className="wall__empty">{t('projectorAgenda.noSlots')}</p>
      ) : (
        <div className="agenda__scroll">
          <table className="agenda__table">
            <thead>
              <tr>
                <th scope="col">{t('projectorAgenda.slot')}</th>
                {spaces.map((space) => (
                  <th key={space.id} scope="col" data-testid={`agenda-space-${space.id}`}>
                    <SpaceColumnHead space={space} joinUrl={joinUrl} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => {
                const current = slot.id === currentSlotId;
                return (
                  <tr
                    key={slot.id}
                    className={current ? 'agenda__row agenda__row--current' : 'agenda__row'}
                    aria-current={current ? 'time' : undefined}
                    data-testid={`agenda-slot-${slot.id}`}
                    data-current={current}
                  >
                    <th scope="row">
                      <SlotTimes slot={slot} />
                      {current && <span className="tag tag--now">{t('projectorAgenda.now')}</span>}
                    </th>
                    {spaces.map((space) => (
                      <td key={space.id} data-testid={`agenda-cell-${slot.id}-${space.id}`}>
                        <AgendaCell state={state} slotId={slot.id} spaceId={space.id} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
