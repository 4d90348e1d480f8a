import type { Theme } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

/** A theme as people see it: its pictogram and the name the facilitator gave it. */
export function ThemeLabel({ theme, size }: { theme: Theme | undefined; size?: number }) {
  const { t } = useTranslation();
  return (
    <span className="theme-label">
      <Icon name={theme?.icon ?? 'noTheme'} {...(size ? { size } : {})} />
      <span dir="auto">{theme?.name ?? t('themes.none')}</span>
    </span>
  );
}
