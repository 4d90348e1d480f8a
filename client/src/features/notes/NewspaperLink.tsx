import { useTranslation } from 'react-i18next';
import { useNotesTarget } from './notesTarget.ts';

/** Once the facilitator opened the notes to everyone: the way to every group's notes. */
export function NewspaperLink() {
  const { t } = useTranslation();
  const { open } = useNotesTarget();
  return (
    <section className="card stack stack--tight" aria-labelledby="newspaper-link-heading" data-testid="newspaper-link">
      <h2 id="newspaper-link-heading">{t('notes.newspaper.heading')}</h2>
      <p>{t('notes.newspaper.intro')}</p>
      <button type="button" className="button button--primary button--wide" onClick={() => open('all')}>
        {t('notes.newspaper.open')}
      </button>
    </section>
  );
}
