import { canRemoveTranslation, translationRefusal, type Actor, type SessionState, type Topic } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { ENDONYMS } from '../../i18n/languages.ts';
import { TranslationForm } from './TranslationForm.tsx';
import { useReaderLanguage } from './useReaderLanguage.ts';

/**
 * Under a topic on a phone: "translate into my language" where the shared rule allows it and
 * nobody did yet; the translator edits or removes their own. Nothing when the topic is in the
 * reader's language or someone else translated it.
 */
export function TopicTranslation({ state, topic, me }: { state: SessionState; topic: Topic; me: string }) {
  const { t } = useTranslation();
  const reader = useReaderLanguage();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<'saved' | 'removed' | null>(null);
  const command = useCommand();
  const actor: Actor = { role: 'participant', participantId: me };
  const current = topic.translations[reader];
  const mine = current !== undefined && canRemoveTranslation(actor, current);
  const allowed = translationRefusal(state, actor, topic, reader) === null;
  const language = ENDONYMS[reader];

  async function save(title: string) {
    const result = await command.run({ type: 'translateTopic', topicId: topic.id, language: reader, title });
    if (result.ok) {
      setOpen(false);
      setStatus('saved');
    }
  }

  async function remove() {
    const result = await command.run({ type: 'removeTopicTranslation', topicId: topic.id, language: reader });
    if (result.ok) setStatus('removed');
  }

  if (open && allowed) {
    return (
      <TranslationForm
        original={topic.title}
        originalLanguage={topic.language}
        language={reader}
        initial={current?.title ?? ''}
        pending={command.pending}
        error={command.error}
        onSubmit={(title) => void save(title)}
        onCancel={() => {
          setOpen(false);
          command.clearError();
        }}
        testId={`translate-form-${topic.id}`}
      />
    );
  }
  return (
    <>
      {allowed && (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setStatus(null);
              setOpen(true);
            }}
            data-testid={mine ? `edit-translation-${topic.id}` : `translate-${topic.id}`}
          >
            {mine ? t('topicLanguage.editTranslation') : t('topicLanguage.translate', { language })}{' '}
            <span className="sr-only">{topic.title}</span>
          </button>
          {mine && (
            <ConfirmButton
              label={t('topicLanguage.removeTranslation')}
              confirmLabel={t('topicLanguage.removeConfirm')}
              context={topic.title}
              testId={`remove-translation-${topic.id}`}
              disabled={command.pending}
              onConfirm={() => void remove()}
            />
          )}
        </div>
      )}
      <ErrorMessage code={command.error} />
      <p role="status" aria-live="polite" className="hint">
        {status ? t(status === 'saved' ? 'topicLanguage.saved' : 'topicLanguage.removed') : ''}
      </p>
    </>
  );
}
