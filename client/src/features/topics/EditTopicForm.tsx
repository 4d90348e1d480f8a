import type { Topic, Theme } from '@forum-ouvert/shared';
import { sendCommand } from '../../net/commands.ts';
import { TopicForm } from './TopicForm.tsx';

/** Edits a topic in place, for its proposer or the facilitator: the same form, the same command. */
export function EditTopicForm({ topic, themes, onDone }: { topic: Topic; themes: Theme[]; onDone: () => void }) {
  return (
    <div className="card">
      <TopicForm
        mode="edit"
        themes={themes}
        testId={`edit-form-${topic.id}`}
        initial={{ title: topic.title, description: topic.description, themeId: topic.themeId, language: topic.language }}
        onSubmit={(draft) => sendCommand({ type: 'editTopic', topicId: topic.id, ...draft })}
        onDone={onDone}
      />
    </div>
  );
}
