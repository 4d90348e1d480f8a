import type { PhaseId } from '@forum-ouvert/shared';
import { useId, useState, type ReactNode } from 'react';
import type { SectionId } from './sectionsForPhase.ts';

interface Props {
  id: SectionId;
  title: string;
  phase: PhaseId;
  /** Whether it is open when the phase starts. */
  defaultOpen: boolean;
  children: ReactNode;
}

/**
 * A collapsible part of the console (the disclosure pattern: a heading holding a button), so a
 * long page stays usable. Each new phase opens what it needs and closes the rest once; in
 * between, the facilitator's choice stays.
 */
export function ConsoleSection({ id, title, phase, defaultOpen, children }: Props) {
  const bodyId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [seenPhase, setSeenPhase] = useState(phase);
  if (seenPhase !== phase) {
    setSeenPhase(phase);
    setOpen(defaultOpen);
  }
  return (
    <section className="card console-section" data-testid={`section-${id}`} data-open={open}>
      <h2 className="console-section__heading">
        <button
          type="button"
          className="console-section__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
          data-testid={`section-${id}-toggle`}
        >
          <span className="console-section__chevron" aria-hidden="true" />
          {title}
        </button>
      </h2>
      <div id={bodyId} className="stack console-section__body" hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
