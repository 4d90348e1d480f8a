import type { Command } from '@forum-ouvert/shared';
import { useCommand } from '../../hooks/useCommand.ts';
import { Refusal } from './Refusal.tsx';

interface Props {
  command: Command;
  label: string;
  /** Said under the button and read with it: what it will do, or why it cannot yet. */
  hint: string;
  testId: string;
  disabled: boolean;
  /** What a CONFLICT refusal means for this command. */
  conflict: string;
}

/** A primary button that sends one facilitator command, with its hint and its translated refusal. */
export function CommandButton({ command, label, hint, testId, disabled, conflict }: Props) {
  const { run, pending, error } = useCommand();
  const hintId = `${testId}-hint`;
  return (
    <div className="stack stack--tight">
      <button
        type="button"
        className="button button--primary"
        disabled={pending || disabled}
        aria-describedby={hintId}
        onClick={() => void run(command)}
        data-testid={testId}
      >
        {label}
      </button>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <Refusal code={error} conflict={conflict} />
    </div>
  );
}
