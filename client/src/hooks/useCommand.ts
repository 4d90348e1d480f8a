import type { Command } from '@forum-ouvert/shared';
import { useCallback, useState } from 'react';
import { sendCommand, type CommandResult } from '../net/commands.ts';
import type { ClientErrorCode } from '../net/errors.ts';

/** Runs commands for one control: whether one is on its way, and the last refusal (as a code). */
export function useCommand() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const run = useCallback(async (command: Command): Promise<CommandResult> => {
    setPending(true);
    setError(null);
    const result = await sendCommand(command);
    setPending(false);
    if (!result.ok) setError(result.error.code);
    return result;
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
