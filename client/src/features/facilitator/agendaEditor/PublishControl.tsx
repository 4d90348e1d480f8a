import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { Refusal } from '../Refusal.tsx';

/** Participants see the programme (and, in free mode, choose their groups) only once it is published. */
export function PublishControl({ published }: { published: boolean }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  return (
    <div className="stack stack--tight">
      <p className="hint" data-testid="agenda-published" data-published={published}>
        {t(published ? 'agendaEditor.publishedState' : 'agendaEditor.draftState')}
      </p>
      <button
        type="button"
        className={published ? 'button' : 'button button--primary'}
        disabled={pending}
        onClick={() => void run({ type: 'publishAgenda', published: !published })}
        data-testid="publish-agenda"
        data-published={published}
      >
        {t(published ? 'agendaEditor.unpublish' : 'agendaEditor.publish')}
      </button>
      <Refusal code={error} conflict={t(published ? 'agendaEditor.unpublishConflict' : 'agendaEditor.publishConflict')} />
    </div>
  );
}
