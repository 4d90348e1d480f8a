import { DEFAULT_VOTE_SETTINGS } from '@forum-ouvert/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../net/commands.ts';
import { VoteSettingsForm } from './VoteSettingsForm.tsx';
import { VoteSettingsPanel } from './VoteSettingsPanel.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

describe('vote settings form', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 2 });
  });

  it('starts from the session settings: 3 dots, no stacking, live tallies; nothing to save yet', () => {
    render(<VoteSettingsForm settings={DEFAULT_VOTE_SETTINGS} onSave={vi.fn()} />);
    expect(screen.getByLabelText('Gommettes par participant')).toHaveValue(3);
    expect(screen.getByLabelText('Autoriser plusieurs gommettes sur un même sujet')).not.toBeChecked();
    expect(screen.getByLabelText('En direct : tout le monde les voit')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Enregistrer les réglages' })).toBeDisabled();
  });

  it('saves the edited settings', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true, version: 2 });
    render(<VoteSettingsForm settings={DEFAULT_VOTE_SETTINGS} onSave={onSave} />);
    const budget = screen.getByLabelText('Gommettes par participant');
    await userEvent.clear(budget);
    await userEvent.type(budget, '5');
    await userEvent.click(screen.getByLabelText('Autoriser plusieurs gommettes sur un même sujet'));
    await userEvent.click(screen.getByLabelText("Cachés jusqu'à ce que vous les révéliez"));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    expect(onSave).toHaveBeenCalledWith({ dotBudget: 5, allowStacking: true, tallyMode: 'hidden' });
  });

  it('refuses a budget out of range and explains a CONFLICT', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    render(<VoteSettingsForm settings={DEFAULT_VOTE_SETTINGS} onSave={onSave} />);
    const budget = screen.getByLabelText('Gommettes par participant');
    await userEvent.clear(budget);
    await userEvent.type(budget, '99');
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Enregistrer les réglages' })).toBeDisabled();
    await userEvent.clear(budget);
    await userEvent.type(budget, '1');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    expect(await screen.findByTestId('error-message')).toHaveTextContent('Des participants ont déjà plus de gommettes');
  });

  it('offers reveal / hide only when tallies are hidden, and sends revealTallies', async () => {
    const { rerender } = render(<VoteSettingsPanel settings={DEFAULT_VOTE_SETTINGS} talliesRevealed={false} />);
    expect(screen.queryByTestId('reveal-tallies')).not.toBeInTheDocument();
    const hidden = { ...DEFAULT_VOTE_SETTINGS, tallyMode: 'hidden' as const };
    rerender(<VoteSettingsPanel settings={hidden} talliesRevealed={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Révéler les résultats' }));
    expect(send).toHaveBeenCalledWith({ type: 'revealTallies', revealed: true });
    rerender(<VoteSettingsPanel settings={hidden} talliesRevealed />);
    expect(screen.getByRole('button', { name: 'Cacher à nouveau les résultats' })).toBeInTheDocument();
  });
});
