import type { Theme } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { UserText } from '../../components/UserText.tsx';
import { setThemeFilter, type ThemeFilter as Filter } from '../../store/ui.ts';
import { useAppStore } from '../../store/store.ts';

/** Toggle chips: all topics, one theme, or those without a theme. */
export function ThemeFilter({ themes }: { themes: readonly Theme[] }) {
  const { t } = useTranslation();
  const current = useAppStore((s) => s.ui.themeFilter);
  const options: { value: Filter; label: string; icon: Theme['icon'] | 'noTheme' | null }[] = [
    { value: 'all', label: t('filter.all'), icon: null },
    ...themes.map((theme) => ({ value: theme.id, label: theme.name, icon: theme.icon })),
    { value: 'none', label: t('themes.none'), icon: 'noTheme' },
  ];
  return (
    <div className="chips" role="group" aria-label={t('filter.label')} data-testid="theme-filter">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="chip"
          aria-pressed={current === o.value}
          onClick={() => setThemeFilter(o.value)}
        >
          {o.icon && <Icon name={o.icon} size={20} />}
          <UserText>{o.label}</UserText>
        </button>
      ))}
    </div>
  );
}
