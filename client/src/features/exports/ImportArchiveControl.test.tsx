import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { loadFacilitatorKey, wasJustCreated } from '../../store/persisted.ts';
import { ImportArchiveControl } from './ImportArchiveControl.tsx';

function renderControl() {
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <ImportArchiveControl />
    </Router>,
  );
  return location;
}

const ARCHIVE = '{"format":"forum-ouvert-archive","version":1}';

describe('ImportArchiveControl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts the file as it is, keeps the new key and opens the facilitator page on the secret-link notice', async () => {
    const fetch = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ sessionId: 's_new', code: 'ABCDEF', facilitatorKey: 'n'.repeat(40) }), { status: 201 }),
    );
    vi.stubGlobal('fetch', fetch);
    const location = renderControl();
    await userEvent.upload(screen.getByLabelText("Fichier d'archive (.json)"), new File([ARCHIVE], 'atelier.json', { type: 'application/json' }));
    await userEvent.click(screen.getByRole('button', { name: "Importer l'archive" }));
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect([url, init.method, init.body]).toEqual(['/api/sessions/import', 'POST', ARCHIVE]);
    await vi.waitFor(() => expect(location.history.at(-1)).toBe(`/f/s_new#${'n'.repeat(40)}`));
    expect(loadFacilitatorKey('s_new')).toBe('n'.repeat(40));
    expect(wasJustCreated('s_new')).toBe(true);
  });

  it('says so when the file is not an archive, and stays on the page', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify({ error: { code: 'VALIDATION', message: 'x' } }), { status: 400 })));
    const location = renderControl();
    await userEvent.upload(screen.getByLabelText("Fichier d'archive (.json)"), new File(['{}'], 'autre.json', { type: 'application/json' }));
    await userEvent.click(screen.getByRole('button', { name: "Importer l'archive" }));
    expect(await screen.findByTestId('import-archive-problem')).toHaveTextContent("Ce fichier n'est pas une archive Forum Ouvert valide.");
    expect(location.history).toEqual(['/']);
  });

  it('asks for a file first', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderControl();
    await userEvent.click(screen.getByRole('button', { name: "Importer l'archive" }));
    expect(screen.getByTestId('import-archive-problem')).toHaveTextContent("Choisissez d'abord un fichier d'archive.");
    expect(fetch).not.toHaveBeenCalled();
  });
});
