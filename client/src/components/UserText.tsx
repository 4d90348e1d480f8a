import type { ReactNode } from 'react';

/**
 * Inline text someone typed (a title, a pseudonym, a room name). `dir="auto"` takes its direction
 * from its first strong letter and isolates it, so a French title reads right inside an Arabic page
 * and an Arabic one inside a French page. Blocks made only of such text take `dir="auto"` themselves.
 */
export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span dir="auto" className={className}>
      {children}
    </span>
  );
}
