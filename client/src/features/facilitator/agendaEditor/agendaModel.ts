import {
  agendaConflicts,
  orderedSlots,
  rankedTopics,
  tallyOf,
  topicInCell,
  unscheduledTopicIds,
  type Cell,
  type SessionState,
  type Slot,
  type Space,
} from '@forum-ouvert/shared';
import { convenerNames, spacesInOrder } from '../../agenda/groups.ts';

/** A topic as the agenda editor shows it, wherever it sits. */
export interface AgendaTopic {
  id: string;
  title: string;
  votes: number;
  conveners: string[];
  cell: Cell | null;
  locked: boolean;
}

export interface AgendaRow {
  slot: Slot;
  cells: { space: Space; topic: AgendaTopic | null }[];
}

export interface AgendaModel {
  spaces: Space[];
  rows: AgendaRow[];
  /** Visible topics outside the grid, most dots first. */
  unscheduled: AgendaTopic[];
  /** People × slots where someone put dots on two topics of the same slot (full state only). */
  conflicts: number;
  published: boolean;
}

/** Everything the editor draws, from the shared rules: rows are slots in time order, columns spaces. */
export function agendaModel(state: SessionState): AgendaModel {
  const locked = new Set(state.agenda.locked);
  const topics = new Map(
    rankedTopics(state).map((topic): [string, AgendaTopic] => [
      topic.id,
      {
        id: topic.id,
        title: topic.title,
        votes: tallyOf(state, topic.id) ?? 0,
        conveners: convenerNames(state, topic),
        cell: state.agenda.placements[topic.id] ?? null,
        locked: locked.has(topic.id),
      },
    ]),
  );
  const spaces = spacesInOrder(state);
  const rows = orderedSlots(state).map((slot) => ({
    slot,
    cells: spaces.map((space) => {
      const topicId = topicInCell(state, slot.id, space.id);
      return { space, topic: (topicId && topics.get(topicId)) || null };
    }),
  }));
  const outside = new Set(unscheduledTopicIds(state));
  return {
    spaces,
    rows,
    unscheduled: [...topics.values()].filter((topic) => outside.has(topic.id)),
    conflicts: agendaConflicts(state),
    published: state.agenda.published,
  };
}

/** The value of a cell in the "Move to…" menu; ids never hold `|`. */
export const NOT_SCHEDULED = 'none';

export function cellKey(cell: Cell | null): string {
  return cell ? `${cell.slotId}|${cell.spaceId}` : NOT_SCHEDULED;
}

export function cellFromKey(key: string): Cell | null {
  const [slotId, spaceId] = key.split('|');
  return slotId && spaceId ? { slotId, spaceId } : null;
}

/** The MIME type a dragged topic carries (its id): other drags (text, files) are ignored. */
export const TOPIC_DRAG_TYPE = 'application/x-forum-ouvert-topic';
