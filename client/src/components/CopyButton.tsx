import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

/** Copies `text`; says so in a polite live region. Falls back to selecting the field it points at. */
export function CopyButton({ text, label, fallbackFieldId, testId }: { text: string; label: string; fallbackFieldId: string; testId: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<'copied' | 'select' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setDone('copied');
    } catch {
      const field = document.getElementById(fallbackFieldId);
      if (field instanceof HTMLInputElement) field.select();
      setDone('select');
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()} data-testid={testId}>
        <Icon name="copy" /> {label}
      </button>
      <span role="status" aria-live="polite" className="hint">
        {done === 'copied' ? t('copy.done') : done === 'select' ? t('copy.manual') : ''}
      </span>
    </>
  );
}
