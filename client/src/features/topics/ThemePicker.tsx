import type { Theme } from '@forum-ouvert/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeLabel } from '../../components/ThemeLabel.tsx';

/** One radio per theme, with its pictogram, plus "no theme"; each a full-width tap target. */
export function ThemePicker({
  themes,
  value,
  onChange,
}: {
  themes: readonly Theme[];
  value: string | null;
  onChange: (themeId: string | null) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const options: { id: string | null; theme: Theme | undefined }[] = [
    ...themes.map((theme) => ({ id: theme.id, theme })),
    { id: null, theme: undefined },
  ];
  return (
    <fieldset className="theme-picker">
      <legend>{t('topicForm.theme')}</legend>
      {options.map(({ id, theme }) => (
        <label key={id ?? 'none'} className="choice">
          <input type="radio" name={name} checked={value === id} onChange={() => onChange(id)} />
          <ThemeLabel theme={theme} />
        </label>
      ))}
    </fieldset>
  );
}
