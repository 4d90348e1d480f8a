import { LIMITS } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { newTheme, unusedIcon, type ThemeDraft } from './themesDraft.ts';
import { IconPicker } from './IconPicker.tsx';

interface Props {
  themes: readonly ThemeDraft[];
  onChange: (themes: ThemeDraft[]) => void;
}

/** Rename, add and remove themes; each gets a pictogram, which helps people who read little. */
export function ThemesEditor({ themes, onChange }: Props) {
  const { t } = useTranslation();
  const update = (key: string, patch: Partial<ThemeDraft>) =>
    onChange(themes.map((th) => (th.key === key ? { ...th, ...patch } : th)));
  return (
    <fieldset className="themes-editor stack" data-testid="themes-editor">
      <legend>{t('home.themes')}</legend>
      <p className="hint">{t('home.themesHint')}</p>
      <ol className="stack">
        {themes.map((theme, index) => (
          <li key={theme.key} className="theme-row" data-testid={`theme-row-${index}`}>
            <div className="field">
              <label htmlFor={`theme-name-${theme.key}`}>{t('home.themeName', { n: index + 1 })}</label>
              <input
                id={`theme-name-${theme.key}`}
                dir="auto"
                value={theme.name}
                maxLength={LIMITS.themeNameMax}
                onChange={(e) => update(theme.key, { name: e.target.value })}
                data-testid={`theme-name-${index}`}
              />
            </div>
            <IconPicker
              legend={t('home.themeIcon', { n: index + 1 })}
              value={theme.icon}
              onChange={(icon) => update(theme.key, { icon })}
            />
            <button
              type="button"
              className="button"
              onClick={() => onChange(themes.filter((th) => th.key !== theme.key))}
              data-testid={`theme-remove-${index}`}
            >
              {t('home.removeTheme', { n: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={themes.length >= LIMITS.themesMax}
        onClick={() => onChange([...themes, newTheme('', unusedIcon(themes))])}
        data-testid="theme-add"
      >
        {t('home.addTheme')}
      </button>
    </fieldset>
  );
}
