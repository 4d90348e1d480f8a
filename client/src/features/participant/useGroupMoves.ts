import type { Slot } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useCommand } from '../../hooks/useCommand.ts';
import type { ClientErrorCode } from '../../net/errors.ts';
import type { ProgrammeGroup } from './programme.ts';

/** What the polite live region says after a move went through. */
export interface MoveNotice {
  kind: 'joined' | 'left';
  title: string;
  slot: Slot;
}

/** Going to a group and leaving one (the law of two feet): one command at a time, its refusal tied to its slot. */
export function useGroupMoves() {
  const { run, pending, error } = useCommand();
  const [lastSlotId, setLastSlotId] = useState<string | null>(null);
  const [notice, setNotice] = useState<MoveNotice | null>(null);

  async function move(kind: MoveNotice['kind'], slot: Slot, group: ProgrammeGroup) {
    setLastSlotId(slot.id);
    setNotice(null);
    const result = await run(
      kind === 'joined'
        ? { type: 'joinGroup', slotId: slot.id, topicId: group.topic.id }
        : { type: 'leaveGroup', slotId: slot.id },
    );
    if (result.ok) setNotice({ kind, title: group.topic.title, slot });
  }

  return {
    pending,
    notice,
    join: (slot: Slot, group: ProgrammeGroup) => void move('joined', slot, group),
    leave: (slot: Slot, group: ProgrammeGroup) => void move('left', slot, group),
    errorIn: (slotId: string): ClientErrorCode | null => (lastSlotId === slotId ? error : null),
  };
}

export type GroupMoves = ReturnType<typeof useGroupMoves>;
