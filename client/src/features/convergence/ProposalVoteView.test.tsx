import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isolate } from '../../i18n/bidi.ts';
import { sendCommand } from '../../net/commands.ts';
import { convergenceClosed, converging, convergenceRevealed, hiddenTallies, proposalDot } from '../../test/convergenceFixtures.ts';
import { dot } from '../../test/fixtures.ts';

const stacking = () => ({ type: 'VoteSettingsChanged', settings: { dotBudget: 3, allowStacking: true, tallyMode: 'hidden' } }) as const;
import { ProposalVoteView } from './ProposalVoteView.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);
const amina = { role: 'participant', participantId: 'p1' } as const;

describe('the convergence vote on a phone', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 1 });
  });

  it('places a dot on a proposal, with the same controls as the topic vote', async () => {
    render(<ProposalVoteView state={converging(amina)} me="p1" />);
    expect(screen.getByTestId('remaining-proposal-dots')).toHaveTextContent('Il vous reste 3 gommettes sur 3');
    expect(within(screen.getByTestId('proposal-pr3')).getByText(`Du groupe « ${isolate('Sujet t3')} »`)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre une gommette sur « Un fonds d’urgence »' }));
    expect(send).toHaveBeenCalledWith({ type: 'placeProposalDot', proposalId: 'pr3' });
  });

  it('takes a dot back from where I put one, and says a proposal is full (one dot each)', async () => {
    render(<ProposalVoteView state={converging(amina, proposalDot('p1', 'pr1'))} me="p1" />);
    expect(screen.getByTestId('dot-add-pr1')).toHaveAttribute('data-refusal', 'CONFLICT');
    expect(within(screen.getByTestId('proposal-pr1')).getByText('Vous avez mis le maximum de gommettes sur cette proposition.')).toBeVisible();
    expect(screen.getByTestId('dot-remove-pr2')).toBeDisabled();
    await userEvent.click(screen.getByTestId('dot-remove-pr1'));
    expect(send).toHaveBeenCalledWith({ type: 'removeProposalDot', proposalId: 'pr1' });
  });

  it('counts my budget on proposals alone: my topic dots do not count', () => {
    render(<ProposalVoteView state={converging(amina, dot('p1', 't1'), dot('p1', 't2'), proposalDot('p1', 'pr1'))} me="p1" />);
    expect(screen.getByTestId('remaining-proposal-dots')).toHaveAttribute('data-count', '2');
    expect(screen.getByTestId('dot-add-pr2')).toBeEnabled();
  });

  it('turns every + off once my budget is spent on proposals', () => {
    const spent = converging(amina, stacking(), proposalDot('p1', 'pr1'), proposalDot('p1', 'pr1'), proposalDot('p1', 'pr3'));
    render(<ProposalVoteView state={spent} me="p1" />);
    expect(screen.getByTestId('remaining-proposal-dots')).toHaveAttribute('data-count', '0');
    for (const id of ['pr1', 'pr2', 'pr3']) expect(screen.getByTestId(`dot-add-${id}`)).toHaveAttribute('data-refusal', 'BUDGET_EXCEEDED');
    expect(screen.getByTestId('my-dots-pr1')).toHaveAttribute('data-count', '2');
    expect(screen.getByTestId('dot-remove-pr3')).toBeEnabled();
  });

  it('shows a refusal from the server in words', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'BUDGET_EXCEEDED' } });
    render(<ProposalVoteView state={converging(amina)} me="p1" />);
    await userEvent.click(screen.getByTestId('dot-add-pr2'));
    expect(await screen.findByTestId('error-message')).toHaveAttribute('data-code', 'BUDGET_EXCEEDED');
  });

  it('shows counts only when the view carries them (hidden mode until the reveal)', () => {
    const { unmount } = render(<ProposalVoteView state={converging(amina, hiddenTallies(), proposalDot('p2', 'pr1'))} me="p1" />);
    expect(screen.queryByTestId('tally-pr1')).not.toBeInTheDocument();
    expect(screen.getByText('Les résultats seront montrés à la fin du vote.')).toBeVisible();
    unmount();
    render(<ProposalVoteView state={converging(amina, proposalDot('p2', 'pr1'))} me="p1" />);
    expect(screen.getByTestId('tally-pr1')).toHaveTextContent('1 gommette');
  });

  it('once closed, shows the ranking when visible, and no button', () => {
    const closed = converging(amina, proposalDot('p2', 'pr3'), convergenceClosed());
    const { unmount } = render(<ProposalVoteView state={closed} me="p1" />);
    expect(screen.getByText('Le vote sur les propositions est terminé.')).toBeVisible();
    expect(screen.queryByTestId('dot-add-pr1')).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['ranked-pr3', 'ranked-pr1', 'ranked-pr2']);
    unmount();
    render(<ProposalVoteView state={converging(amina, hiddenTallies(), proposalDot('p2', 'pr3'), convergenceClosed())} me="p1" />);
    expect(screen.queryByTestId('ranked-proposals')).not.toBeInTheDocument();
  });

  it('shows the ranking after the reveal in hidden mode', () => {
    render(<ProposalVoteView state={converging(amina, hiddenTallies(), proposalDot('p2', 'pr3'), convergenceClosed(), convergenceRevealed())} me="p1" />);
    expect(screen.getByTestId('tally-pr3')).toHaveTextContent('1 gommette');
  });
});
