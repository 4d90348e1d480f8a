import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';

/** The last phase on a phone: thanks, for now (proceedings come later). */
export function ClosingView() {
  const { t } = useTranslation();
  return (
    <section className="card stack stack--tight closing" aria-labelledby="closing-heading" data-testid="closing-thanks">
      <Icon name="closing" size={48} />
      <h2 id="closing-heading">{t('programme.thanks.heading')}</h2>
      <p>{t('programme.thanks.body')}</p>
    </section>
  );
}
