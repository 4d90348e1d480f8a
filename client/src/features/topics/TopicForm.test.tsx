import { LIMITS } from '@forum-ouvert/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/index.ts';
import { sendCommand } from '../../net/commands.ts';
import { created, joined, phase, sessionFrom } from '../../test/fixtures.ts';
import { MarketplaceView } from '../participant/MarketplaceView.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

function renderMarketplace() {
  const state = sessionFrom(created(), joined('p1', 'Ana'), phase('marketplace'));
  return render(<MarketplaceView state={state} me="p1" />);
}

describe('propose form', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it('applies the domain limits and counts characters', async () => {
    renderMarketplace();
    const title = screen.getByLabelText('Titre du sujet');
    expect(title).toHaveAttribute('maxlength', String(LIMITS.topicTitleMax));
    expect(screen.getByLabelText('Description (facultative)')).toHaveAttribute(
      'maxlength',
      String(LIMITS.topicDescriptionMax),
    );
    await userEvent.type(title, 'Accès aux soins');
    expect(screen.getByText(`15 / ${LIMITS.topicTitleMax} caractères`)).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription(expect.stringContaining('15 / 120'));
  });

  it('refuses an empty title without sending anything', async () => {
    renderMarketplace();
    await userEvent.type(screen.getByLabelText('Titre du sujet'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Proposer ce sujet' }));
    expect(screen.getByTestId('propose-form-problem')).toHaveTextContent('Donnez un titre au sujet.');
    expect(screen.getByLabelText('Titre du sujet')).toHaveFocus();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends proposeTopic with the trimmed draft and the chosen theme, then clears the form', async () => {
    renderMarketplace();
    await userEvent.type(screen.getByLabelText('Titre du sujet'), '  Accès aux soins ');
    await userEvent.type(screen.getByLabelText('Description (facultative)'), 'Sans carte vitale');
    await userEvent.click(screen.getByRole('radio', { name: 'Logement' }));
    await userEvent.click(screen.getByRole('button', { name: 'Proposer ce sujet' }));
    expect(send).toHaveBeenCalledWith({
      type: 'proposeTopic',
      title: 'Accès aux soins',
      description: 'Sans carte vitale',
      themeId: 'th2',
      // The phone's language, unless its person says otherwise.
      language: 'fr',
    });
    expect(await screen.findByText('Sujet ajouté. Merci !')).toBeInTheDocument();
    expect(screen.getByLabelText('Titre du sujet')).toHaveValue('');
  });

  it('sends the language chosen in "Written in", named in itself, and keeps it for the next topic', async () => {
    renderMarketplace();
    const select = screen.getByLabelText('Écrit en');
    expect(select).toHaveValue('fr');
    expect(screen.getByRole('option', { name: 'دری' })).toHaveAttribute('lang', 'fa');
    await userEvent.selectOptions(select, 'fa');
    await userEvent.type(screen.getByLabelText('Titre du sujet'), 'کار برای زنان');
    await userEvent.click(screen.getByRole('button', { name: 'Proposer ce sujet' }));
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'proposeTopic', title: 'کار برای زنان', language: 'fa' }));
    await screen.findByText('Sujet ajouté. Merci !');
    expect(screen.getByLabelText('Écrit en')).toHaveValue('fa');
  });

  it('follows the interface language until its person picks one', async () => {
    await i18n.changeLanguage('en');
    renderMarketplace();
    expect(await screen.findByLabelText('Written in')).toHaveValue('en');
  });

  it('shows a refusal translated from its error code and keeps the draft', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'WRONG_PHASE' } });
    renderMarketplace();
    await userEvent.type(screen.getByLabelText('Titre du sujet'), 'Logement');
    await userEvent.click(screen.getByRole('button', { name: 'Proposer ce sujet' }));
    expect(await screen.findByTestId('error-message')).toHaveTextContent("Ce n'est pas possible à cette étape de l'atelier.");
    expect(screen.getByLabelText('Titre du sujet')).toHaveValue('Logement');
  });
});
