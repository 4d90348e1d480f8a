import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ClientErrorCode } from '../../net/errors.ts';

/**
 * A refusal in words. CONFLICT means something different for each control (a convener busy
 * elsewhere, a name already taken…), so the control says what it means there; other codes keep
 * their general wording.
 */
export function Refusal({ code, conflict }: { code: ClientErrorCode | null; conflict: string }) {
  if (code !== 'CONFLICT') return <ErrorMessage code={code} />;
  return (
    <p className="error" role="alert" data-testid="error-message" data-code={code}>
      {conflict}
    </p>
  );
}
