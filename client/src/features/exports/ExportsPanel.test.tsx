import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/index.ts';
import { ExportsPanel } from './ExportsPanel.tsx';

const KEY = 'k'.repeat(40);

function fileResponse(body: string, type: string, fileName: string, disposition = 'attachment') {
  return new Response(body, { status: 200, headers: { 'content-type': type, 'content-disposition': `${disposition}; filename="${fileName}"` } });
}

function requestOf(fetch: ReturnType<typeof vi.fn>, call = 0): { url: string; authorization: string | undefined } {
  const [url, init] = fetch.mock.calls[call] as [string, RequestInit];
  return { url, authorization: (init.headers as Record<string, string>)['authorization'] };
}

describe('ExportsPanel', () => {
  let saved: HTMLAnchorElement[];

  beforeEach(() => {
    saved = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this);
    });
    // jsdom has no blob URLs; left in place after the test, as the revocation runs a minute later.
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('fetches with the facilitator key in the header, without names by default, and saves under the server’s file name', async () => {
    const fetch = vi.fn().mockResolvedValue(fileResponse('x', 'text/csv', 'atelier-2025-06-14-topics.csv'));
    vi.stubGlobal('fetch', fetch);
    render(<ExportsPanel sessionId="s_1" facilitatorKey={KEY} />);
    expect(screen.getByRole('checkbox', { name: 'Inclure les noms' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Sujets et votes (CSV)' }));
    expect(requestOf(fetch)).toEqual({ url: '/api/sessions/s_1/exports/topics.csv?names=0&lang=fr', authorization: `Bearer ${KEY}` });
    await vi.waitFor(() => expect(saved.map((a) => a.download)).toEqual(['atelier-2025-06-14-topics.csv']));
    expect(saved[0]?.href).toBe('blob:export');
    expect(screen.getByTestId('exports-status')).toHaveTextContent('Fichier téléchargé : atelier-2025-06-14-topics.csv');
    // The key never goes into the URL.
    expect(requestOf(fetch).url).not.toContain(KEY);
  });

  it('asks for names only once the box is ticked, in the interface language', async () => {
    const fetch = vi.fn().mockResolvedValue(fileResponse('x', 'application/octet-stream', 'atelier-2025-06-14-proceedings.docx'));
    vi.stubGlobal('fetch', fetch);
    await i18n.changeLanguage('en');
    render(<ExportsPanel sessionId="s_1" facilitatorKey={KEY} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include names' }));
    expect(screen.getByText(/Ticked: the pseudonyms/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Proceedings (Word)' }));
    expect(requestOf(fetch).url).toBe('/api/sessions/s_1/exports/proceedings.docx?names=1&lang=en');
  });

  it('opens the print page in a tab opened during the click', async () => {
    const tab = { opener: {}, location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(fileResponse('<!DOCTYPE html>', 'text/html', 'atelier-2025-06-14-proceedings.html', 'inline')));
    render(<ExportsPanel sessionId="s_1" facilitatorKey={KEY} />);
    await userEvent.click(screen.getByRole('button', { name: 'Actes à imprimer ou en PDF' }));
    expect(open).toHaveBeenCalledWith('', '_blank');
    await vi.waitFor(() => expect(tab.location.href).toBe('blob:export'));
    expect(tab.opener).toBeNull();
    expect(saved).toEqual([]);
  });

  it('saves the print page when the tab was blocked', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(fileResponse('<!DOCTYPE html>', 'text/html', 'atelier-2025-06-14-proceedings.html', 'inline')));
    render(<ExportsPanel sessionId="s_1" facilitatorKey={KEY} />);
    await userEvent.click(screen.getByRole('button', { name: 'Actes à imprimer ou en PDF' }));
    await vi.waitFor(() => expect(saved.map((a) => a.download)).toEqual(['atelier-2025-06-14-proceedings.html']));
    expect(screen.getByTestId('exports-status')).toHaveTextContent(/bloqué le nouvel onglet/);
  });

  it('says why when the server refuses, and closes the tab it opened', async () => {
    const tab = { opener: {}, location: { href: '' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const refusal = () => new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'no' } }), { status: 403 });
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => Promise.resolve(refusal())));
    render(<ExportsPanel sessionId="s_1" facilitatorKey={KEY} />);
    await userEvent.click(screen.getByRole('button', { name: 'Actes à imprimer ou en PDF' }));
    expect(await screen.findByTestId('error-message')).toHaveAttribute('data-code', 'FORBIDDEN');
    expect(tab.close).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Archive complète (JSON)' }));
    expect(saved).toEqual([]);
  });
});
