import { orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useCommand } from '../../../hooks/useCommand.ts';
import { sendCommand } from '../../../net/commands.ts';
import { SlotForm } from './SlotForm.tsx';
import { SlotItem } from './SlotItem.tsx';

/** The time slots of the day, always listed in time order whatever order they were added in. */
export function SlotsEditor({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const remove = useCommand();
  const slots = orderedSlots(state);
  return (
    <section className="stack" aria-labelledby="slots-editor-heading" data-testid="slots-editor">
      <h3 id="slots-editor-heading">{t('slotsEditor.heading', { count: slots.length })}</h3>
      {slots.length === 0 ? (
        <p className="hint">{t('slotsEditor.empty')}</p>
      ) : (
        <ol className="planning-list">
          {slots.map((slot) => (
            <li key={slot.id}>
              <SlotItem
                state={state}
                slot={slot}
                pending={remove.pending}
                onUpdate={(slotId, times) => sendCommand({ type: 'updateSlot', slotId, times })}
                onRemove={(slotId) => void remove.run({ type: 'removeSlot', slotId })}
              />
            </li>
          ))}
        </ol>
      )}
      <ErrorMessage code={remove.error} />
      <h4>{t('slotsEditor.addHeading')}</h4>
      <SlotForm state={state} slotId={null} testId="slot-add" submitLabel={t('slotsEditor.add')} onSubmit={(times) => sendCommand({ type: 'addSlot', times })} />
    </section>
  );
}
