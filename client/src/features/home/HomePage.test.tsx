import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { loadFacilitatorKey, wasJustCreated } from '../../store/persisted.ts';
import { HomePage } from './HomePage.tsx';

function renderHome() {
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <HomePage />
    </Router>,
  );
  return location;
}

describe('home page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the Session Lab preset fills the title and the four themes with their icons', async () => {
    renderHome();
    await userEvent.click(screen.getByRole('button', { name: 'Préremplir : Session Lab' }));
    expect(screen.getByLabelText("Titre de l'atelier")).toHaveValue('Session Lab');
    const names = [1, 2, 3, 4].map((n) => screen.getByLabelText(`Nom du thème ${n}`));
    expect(names.map((input) => (input as HTMLInputElement).value)).toEqual([
      'Santé',
      'Logement alternatif',
      'Titres de séjour',
      'Salaire',
    ]);
    const icons = [1, 2, 3, 4].map((n) => within(screen.getByRole('group', { name: `Pictogramme du thème ${n}` })).getByRole('radio', { checked: true }));
    expect(icons.map((radio) => (radio as HTMLInputElement).value)).toEqual(['health', 'housing', 'permit', 'pay']);
  });

  it('themes can be renamed, added and removed', async () => {
    renderHome();
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un thème' }));
    await userEvent.type(screen.getByLabelText('Nom du thème 1'), 'Travail');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un thème' }));
    expect(screen.getAllByRole('textbox', { name: /Nom du thème/ })).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer le thème 1' }));
    expect(screen.getAllByRole('textbox', { name: /Nom du thème/ })).toHaveLength(1);
    expect(screen.getByLabelText('Nom du thème 1')).toHaveValue('');
  });

  it('creates the workshop, keeps its key and opens the facilitator page', async () => {
    const fetch = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ sessionId: 'sess1', code: 'ABCDEF', facilitatorKey: 'k'.repeat(24) }), { status: 201 }),
    );
    vi.stubGlobal('fetch', fetch);
    const location = renderHome();
    await userEvent.click(screen.getByRole('button', { name: 'Préremplir : Session Lab' }));
    await userEvent.click(screen.getByRole('button', { name: "Créer l'atelier" }));
    const body = JSON.parse(fetch.mock.calls[0]?.[1].body as string);
    expect(body.themes).toEqual([
      { name: 'Santé', icon: 'health' },
      { name: 'Logement alternatif', icon: 'housing' },
      { name: 'Titres de séjour', icon: 'permit' },
      { name: 'Salaire', icon: 'pay' },
    ]);
    await vi.waitFor(() => expect(location.history.at(-1)).toBe(`/f/sess1#${'k'.repeat(24)}`));
    expect(loadFacilitatorKey('sess1')).toBe('k'.repeat(24));
    expect(wasJustCreated('sess1')).toBe(true);
  });

  it('joins with a code typed in lower case, with or without spaces', async () => {
    const location = renderHome();
    await userEvent.type(screen.getByLabelText("Code de l'atelier"), 'abc');
    await userEvent.click(screen.getByRole('button', { name: 'Rejoindre' }));
    expect(screen.getByTestId('join-code-invalid')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText("Code de l'atelier"));
    await userEvent.type(screen.getByLabelText("Code de l'atelier"), 'abc def');
    await userEvent.click(screen.getByRole('button', { name: 'Rejoindre' }));
    expect(location.history.at(-1)).toBe('/j/ABCDEF');
  });
});
