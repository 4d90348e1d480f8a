import type { ReactNode } from 'react';

/**
 * A polite live region that stays in the page while it is empty: screen readers only follow
 * regions that were there before their text arrived, and an assertive alert would cut off a
 * person in the middle of typing. Empty, it takes no room (`.live-slot:empty`).
 */
export function PoliteRegion({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="live-slot" aria-live="polite" data-testid={testId}>
      {children}
    </div>
  );
}
