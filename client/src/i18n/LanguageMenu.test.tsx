import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../components/ConnectionBanner.tsx';
import { LANGUAGE_STORAGE_KEY } from './languages.ts';
import { LanguageMenu } from './LanguageMenu.tsx';

describe('language menu', () => {
  it('switches the interface to English, sets <html lang>, and remembers the choice', async () => {
    render(
      <>
        <LanguageMenu />
        <ConnectionBanner status="reconnecting" />
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connexion perdue — reconnexion en cours…');
    expect(document.documentElement.lang).toBe('fr');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'English');

    expect(await screen.findByText('Connection lost — reconnecting…')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('names every language in itself', () => {
    render(<LanguageMenu />);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Français', 'English']);
  });
});
