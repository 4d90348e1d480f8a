import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ClientErrorCode } from '../../net/errors.ts';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

/**
 * A refusal in words. CONFLICT means something different for each control (a convener busy
 * elsewhere, a name already taken…), so the control says what it means there; other codes keep
 * their general wording.
 */
export function Refusal({ code, conflict }: { code: ClientErrorCode | null; conflict: string }) {
  if (code !== 'CONFLICT') return <ErrorMessage code={code} />;
  return (
    <PoliteRegion>
      <p className="error" data-testid="error-message" data-code={code}>
        {conflict}
      </p>
    </PoliteRegion>
  );
}
