import type { Cell, Slot, Space } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import type { AgendaRow, AgendaTopic } from './agendaModel.ts';
import { AgendaTopicCard } from './AgendaTopicCard.tsx';
import { useTopicDrop } from './useTopicDrop.ts';

interface Props {
  slot: Slot;
  space: Space;
  topic: AgendaTopic | null;
  rows: readonly AgendaRow[];
  pending: boolean;
  onMove: (topicId: string, to: Cell | null) => void;
  onLock: (topicId: string, locked: boolean) => void;
}

/** One room in one slot: a drop target (a topic dropped on an occupied cell swaps with it). */
export function EditorCell({ slot, space, topic, rows, pending, onMove, onLock }: Props) {
  const { t } = useTranslation();
  const { over, dropProps } = useTopicDrop((topicId) => onMove(topicId, { slotId: slot.id, spaceId: space.id }));
  const classes = ['editor-cell', topic?.locked && 'editor-cell--locked', over && 'editor-cell--over'].filter(Boolean).join(' ');
  return (
    <td className={classes} {...dropProps} data-testid={`cell-${slot.id}-${space.id}`} data-topic-id={topic?.id ?? ''} data-locked={topic?.locked ?? false}>
      {topic ? (
        <AgendaTopicCard topic={topic} rows={rows} pending={pending} onMove={onMove} onLock={onLock} />
      ) : (
        <span className="editor-cell__empty">{t('agendaEditor.emptyCell')}</span>
      )}
    </td>
  );
}
