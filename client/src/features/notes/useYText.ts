import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** A Y.Text's content, re-rendered on each change: for reading, not editing. */
export function useYText(text: Y.Text): string {
  const subscribe = useCallback(
    (listener: () => void) => {
      text.observe(listener);
      return () => text.unobserve(listener);
    },
    [text],
  );
  return useSyncExternalStore(subscribe, () => text.toString());
}
