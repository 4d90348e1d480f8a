import type { SessionState, Slot } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { slotTimes } from '../../../i18n/format.ts';
import type { CommandResult } from '../../../net/commands.ts';
import { SlotForm } from './SlotForm.tsx';
import type { SlotTimes } from './slotDraft.ts';

interface Props {
  state: SessionState;
  slot: Slot;
  pending: boolean;
  onUpdate: (slotId: string, times: SlotTimes) => Promise<CommandResult>;
  onRemove: (slotId: string) => void;
}

/** One time slot, "10:00 – 11:00", editable in place. */
export function SlotItem({ state, slot, pending, onUpdate, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const label = t('slotsEditor.times', slotTimes(i18n.language, slot));
  if (editing) {
    return (
      <SlotForm
        state={state}
        slotId={slot.id}
        testId={`slot-edit-form-${slot.id}`}
        initial={{ start: slot.start, end: slot.end }}
        submitLabel={t('slotsEditor.save')}
        onSubmit={(times) => onUpdate(slot.id, times)}
        onDone={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <div className="planning-item" data-testid={`slot-${slot.id}`}>
      <p className="planning-item__text">
        <strong className="planning-item__times">{label}</strong>
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setEditing(true)} data-testid={`slot-edit-${slot.id}`}>
          {t('slotsEditor.edit')}
          <span className="sr-only"> {label}</span>
        </button>
        <ConfirmButton
          label={t('slotsEditor.remove')}
          confirmLabel={t('slotsEditor.removeConfirm')}
          context={label}
          testId={`slot-remove-${slot.id}`}
          disabled={pending}
          onConfirm={() => onRemove(slot.id)}
        />
      </div>
    </div>
  );
}
