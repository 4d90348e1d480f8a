import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../net/errors.ts';
import { PoliteRegion } from './PoliteRegion.tsx';

/** A refusal or failure, in words (never the server's developer message), announced politely. */
export function ErrorMessage({ code, id }: { code: ClientErrorCode | null; id?: string }) {
  const { t } = useTranslation();
  return (
    <PoliteRegion>
      {code && (
        <p className="error" id={id} data-testid="error-message" data-code={code}>
          {t(`errors.${code}`)}
        </p>
      )}
    </PoliteRegion>
  );
}
