import type { Space } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/QrCode.tsx';
import { checkInUrl } from '../../routes.ts';
import { SpaceDetails } from '../agenda/SpaceDetails.tsx';

/** A column of the grid: the space, its language and interpreter, and the QR code to print or scan at its door. */
export function SpaceColumnHead({ space, joinUrl }: { space: Space; joinUrl: string | null }) {
  const { t } = useTranslation();
  const url = joinUrl && checkInUrl(joinUrl, space.id);
  return (
    <div className="space-head">
      <span className="space-head__name" dir="auto">
        {space.name}
      </span>
      <SpaceDetails space={space} showName={false} />
      {url && (
        <figure className="space-head__qr">
          <QrCode value={url} size={120} testId={`space-qr-${space.id}`} alt={t('projectorAgenda.qrAlt', { space: space.name, url })} />
          <figcaption>{t('projectorAgenda.scanToCheckIn')}</figcaption>
        </figure>
      )}
    </div>
  );
}
