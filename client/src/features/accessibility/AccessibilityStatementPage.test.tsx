import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteFooter } from '../../components/SiteFooter.tsx';
import { AccessibilityStatementPage } from './AccessibilityStatementPage.tsx';

describe('the accessibility statement', () => {
  it('says what RGAA asks: status, what is tested and not, limits, how to report, the date', () => {
    render(<AccessibilityStatementPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Déclaration d'accessibilité");
    expect(screen.getByTestId('conformance-status')).toHaveTextContent('partiellement conforme');
    expect(screen.getByTestId('conformance-status')).toHaveTextContent('RGAA');
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'État de conformité',
      'Ce qui est vérifié automatiquement',
      "Ce qui n'est pas encore vérifié",
      'Limites connues',
      'Signaler un problème',
      'Technologies et environnement de test',
      'Date',
    ]);
    expect(screen.getByText(/NVDA, VoiceOver, TalkBack/)).toBeInTheDocument();
    expect(screen.getByText(/Aucune donnée personnelle/)).toBeInTheDocument();
    expect(screen.getByTestId('statement-date')).toHaveTextContent('Déclaration établie le 27 novembre 2026.');
  });

  it('names every interface language in itself, each tagged with its language', () => {
    render(<AccessibilityStatementPage />);
    const arabic = screen.getByText('العربية');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(screen.getByTestId('statement-languages')).toHaveTextContent('Français, English, العربية');
  });

  it('is linked from the footer with its conformance status in the link’s words', () => {
    render(<SiteFooter />);
    const link = screen.getByRole('link', { name: 'Accessibilité : partiellement conforme' });
    expect(link).toHaveAttribute('href', '/accessibilite');
  });
});
