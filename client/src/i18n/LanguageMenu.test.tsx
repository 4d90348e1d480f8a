import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../components/ConnectionBanner.tsx';
import { LANGUAGE_STORAGE_KEY, PROJECTOR_LANGUAGE_STORAGE_KEY } from './languages.ts';
import { LanguageMenu } from './LanguageMenu.tsx';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

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

  it('names every language in itself, each marked with its language', () => {
    render(<LanguageMenu />);
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Français', 'English', 'العربية', 'دری', 'پښتو', 'Українська', 'ትግርኛ']);
    expect(options.map((o) => o.getAttribute('lang'))).toEqual(['fr', 'en', 'ar', 'fa', 'ps', 'uk', 'ti']);
  });

  it('on the projector, remembers the choice for the projector only', async () => {
    window.history.replaceState(null, '', '/screen/ABCDEF');
    render(<LanguageMenu />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'العربية');
    expect(await screen.findByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
    expect(window.localStorage.getItem(PROJECTOR_LANGUAGE_STORAGE_KEY)).toBe('ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });
});
