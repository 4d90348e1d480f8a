import { useState, type DragEvent } from 'react';
import { TOPIC_DRAG_TYPE } from './agendaModel.ts';

const carriesTopic = (event: DragEvent) => Array.from(event.dataTransfer.types).includes(TOPIC_DRAG_TYPE);

/** Makes an element a drop target for dragged topics; `over` while one hovers it. */
export function useTopicDrop(onDropTopic: (topicId: string) => void) {
  const [over, setOver] = useState(false);
  const dropProps = {
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!carriesTopic(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setOver(true);
    },
    onDragLeave(event: DragEvent<HTMLElement>) {
      // Moving onto a child also "leaves" the parent: only a real exit counts.
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      setOver(false);
    },
    onDrop(event: DragEvent<HTMLElement>) {
      setOver(false);
      const topicId = event.dataTransfer.getData(TOPIC_DRAG_TYPE);
      if (!topicId) return;
      event.preventDefault();
      onDropTopic(topicId);
    },
  };
  return { over, dropProps };
}
