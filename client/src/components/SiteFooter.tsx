import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ROUTES } from '../routes.ts';

/**
 * On every page: the way to the accessibility statement. RGAA asks for the conformance status
 * in the link's own words ("Accessibility: partially conformant").
 */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <Link href={ROUTES.accessibility} className="site-footer__link" data-testid="accessibility-link">
        {t('a11y.footerLink')}
      </Link>
    </footer>
  );
}
