import type { SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { sendCommand } from '../../../net/commands.ts';
import { spacesInOrder } from '../../agenda/groups.ts';
import { Refusal } from '../Refusal.tsx';
import { SpaceForm } from './SpaceForm.tsx';
import { SpaceItem } from './SpaceItem.tsx';

/** The rooms of the day, in the order of the programme's columns; usable before and during the session. */
export function SpacesEditor({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const remove = useCommand();
  const spaces = spacesInOrder(state);
  return (
    <section className="stack" aria-labelledby="spaces-editor-heading" data-testid="spaces-editor">
      <h3 id="spaces-editor-heading">{t('spacesEditor.heading', { count: spaces.length })}</h3>
      {spaces.length === 0 ? (
        <p className="hint">{t('spacesEditor.empty')}</p>
      ) : (
        <ul className="planning-list">
          {spaces.map((space) => (
            <li key={space.id}>
              <SpaceItem
                space={space}
                pending={remove.pending}
                onUpdate={(next) => sendCommand({ type: 'updateSpace', space: next })}
                onRemove={(spaceId) => void remove.run({ type: 'removeSpace', spaceId })}
              />
            </li>
          ))}
        </ul>
      )}
      <Refusal code={remove.error} conflict={t('spacesEditor.removeConflict')} />
      <h4>{t('spacesEditor.addHeading')}</h4>
      <SpaceForm
        testId="space-add"
        submitLabel={t('spacesEditor.add')}
        conflict={t('spacesEditor.addConflict')}
        onSubmit={(space) => sendCommand({ type: 'addSpace', space })}
      />
    </section>
  );
}
