import { NotSentYet } from './NotSentYet.tsx';
import { usePendingDots } from './usePending.ts';

/** "Not sent yet" under the dot buttons of a topic or proposal, while a dot change on it waits. */
export function PendingDots({ targetId }: { targetId: string }) {
  const count = usePendingDots(targetId);
  if (count === 0) return null;
  return <NotSentYet testId={`pending-dots-${targetId}`} count={count} />;
}
