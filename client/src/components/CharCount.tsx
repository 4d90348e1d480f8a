import { useTranslation } from 'react-i18next';

/** How much of a field's limit is used; linked to the field with aria-describedby. */
export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t } = useTranslation();
  return (
    <span id={id} className={length >= max ? 'char-count char-count--full' : 'char-count'}>
      {t('form.charCount', { length, max })}
    </span>
  );
}
