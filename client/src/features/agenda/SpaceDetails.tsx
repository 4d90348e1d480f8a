import type { Space } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { isolate } from '../../i18n/bidi.ts';

/** Where a group meets, its working language and whether an interpreter is there: each with a pictogram and words. */
export function SpaceDetails({ space, showName = true }: { space: Space; showName?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="space-details" data-testid={`space-details-${space.id}`}>
      {showName && (
        <li>
          <Icon name="place" size={20} />
          <span>{t('programme.space', { name: isolate(space.name) })}</span>
        </li>
      )}
      {space.language && (
        <li data-testid={`space-language-${space.id}`}>
          <Icon name="language" size={20} />
          <span>{t('programme.language', { language: isolate(space.language) })}</span>
        </li>
      )}
      {space.interpreter && (
        <li data-testid={`space-interpreter-${space.id}`}>
          <Icon name="interpreter" size={20} />
          <span>{t('programme.interpreter')}</span>
        </li>
      )}
    </ul>
  );
}
