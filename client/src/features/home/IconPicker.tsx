import { THEME_ICONS, type ThemeIcon } from '@forum-ouvert/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';

/** A row of pictograms as radio buttons: arrow keys move between them, each has a spoken name. */
export function IconPicker({ legend, value, onChange }: { legend: string; value: ThemeIcon; onChange: (icon: ThemeIcon) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="icon-picker">
      <legend>{legend}</legend>
      <div className="icon-picker__options">
        {THEME_ICONS.map((icon) => (
          <label key={icon} className="icon-picker__option" title={t(`themeIcons.${icon}`)}>
            <input type="radio" name={name} value={icon} checked={value === icon} onChange={() => onChange(icon)} />
            <Icon name={icon} />
            <span className="sr-only">{t(`themeIcons.${icon}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
