import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../net/errors.ts';

/** A refusal or failure, in words: never the server's developer message. */
export function ErrorMessage({ code, id }: { code: ClientErrorCode | null; id?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p className="error" role="alert" id={id} data-testid="error-message" data-code={code}>
      {t(`errors.${code}`)}
    </p>
  );
}
