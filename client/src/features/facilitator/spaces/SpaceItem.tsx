import type { Space } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { Icon } from '../../../components/Icon.tsx';
import type { CommandResult } from '../../../net/commands.ts';
import { SpaceForm } from './SpaceForm.tsx';
import { spaceDraftOf, type SpaceFields } from './spaceDraft.ts';

interface Props {
  space: Space;
  pending: boolean;
  onUpdate: (space: Space) => Promise<CommandResult>;
  onRemove: (spaceId: string) => void;
}

/** One room: "Salle Iroise · 30 places · Français + arabe · interprète", editable in place. */
export function SpaceItem({ space, pending, onUpdate, onRemove }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <SpaceForm
        testId={`space-edit-form-${space.id}`}
        initial={spaceDraftOf(space)}
        submitLabel={t('spacesEditor.save')}
        conflict={t('spacesEditor.updateConflict')}
        onSubmit={(fields: SpaceFields) => onUpdate({ ...fields, id: space.id })}
        onDone={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <div className="planning-item" data-testid={`space-${space.id}`}>
      <p className="planning-item__text">
        <strong dir="auto">{space.name}</strong>
        <span>{t('spacesEditor.seats', { count: space.capacity })}</span>
        {space.language && <span dir="auto">{space.language}</span>}
        {space.interpreter && (
          <span className="planning-item__interpreter">
            <Icon name="interpreter" size={18} />
            {t('spacesEditor.withInterpreter')}
          </span>
        )}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setEditing(true)} data-testid={`space-edit-${space.id}`}>
          {t('spacesEditor.edit')}
          <span className="sr-only"> {space.name}</span>
        </button>
        <ConfirmButton
          label={t('spacesEditor.remove')}
          confirmLabel={t('spacesEditor.removeConfirm')}
          context={space.name}
          testId={`space-remove-${space.id}`}
          disabled={pending}
          onConfirm={() => onRemove(space.id)}
        />
      </div>
    </div>
  );
}
