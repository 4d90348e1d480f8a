import type { SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/useCommand.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

/**
 * For the facilitator page: opens every group's notes to everyone (phones and projector, the
 * "newspaper"), or closes them again. The facilitator page mounts it; it holds no state of its own.
 */
export function PublishNotesControl({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  const published = state.notesPublished;
  return (
    <div className="stack stack--tight" data-testid="publish-notes" data-published={published}>
      <p className="hint">{t(published ? 'notes.publish.hintOpen' : 'notes.publish.hintClosed')}</p>
      <button
        type="button"
        className={published ? 'button' : 'button button--primary'}
        disabled={pending}
        onClick={() => void run({ type: 'publishNotes', published: !published })}
        data-testid="publish-notes-button"
      >
        {t(published ? 'notes.publish.close' : 'notes.publish.open')}
      </button>
      <ErrorMessage code={error} />
    </div>
  );
}
