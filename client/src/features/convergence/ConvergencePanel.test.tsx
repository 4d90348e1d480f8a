import type { GroupNotes } from '@forum-ouvert/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../net/commands.ts';
import { setActingFor } from '../../store/ui.ts';
import { fullSession, toPhase } from '../../test/agendaFixtures.ts';
import { convergenceClosed, converging, hiddenTallies, proposalDot } from '../../test/convergenceFixtures.ts';
import { joined } from '../../test/fixtures.ts';
import { ConvergencePanel } from './ConvergencePanel.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

const notes = (slotId: string, topicId: string, proposals: string): GroupNotes => ({
  slotId,
  topicId,
  sections: { discussed: '', keyPoints: '', proposals, nextSteps: '', resources: '' },
});
const closing = () => fullSession(toPhase('closing'));
const GROUP_NOTES = [notes('sl2', 't3', '- Un fonds d’urgence'), notes('sl1', 't1', '1. Un guichet unique\n2. Des permanences le soir')];

describe('the facilitator’s convergence panel', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 1 });
  });

  it('pre-fills one box per group from its notes, in programme order, then opens the vote on what is left after editing', async () => {
    render(<ConvergencePanel state={closing()} notes={GROUP_NOTES} />);
    expect(screen.getByTestId('convergence-status')).toHaveTextContent("Le vote n'est pas encore ouvert.");
    const t1 = screen.getByLabelText('10:00–11:00 · Sujet t1 · Salle Iroise');
    expect(t1).toHaveValue('Un guichet unique\nDes permanences le soir');
    expect(screen.getByLabelText('14:00–15:00 · Sujet t3 · Salle Iroise')).toHaveValue('Un fonds d’urgence');
    expect(screen.getByLabelText('10:00–11:00 · Sujet t2 · Jardin')).toHaveValue('');
    expect(screen.getByTestId('proposals-count')).toHaveTextContent('3 propositions');

    await userEvent.clear(t1);
    await userEvent.type(t1, 'Un seul guichet');
    await userEvent.type(screen.getByLabelText('10:00–11:00 · Sujet t2 · Jardin'), 'Des logements passerelles');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le vote' }));
    expect(send).toHaveBeenCalledWith({
      type: 'openConvergence',
      proposals: [
        { slotId: 'sl1', topicId: 't2', text: 'Des logements passerelles' },
        { slotId: 'sl1', topicId: 't1', text: 'Un seul guichet' },
        { slotId: 'sl2', topicId: 't3', text: 'Un fonds d’urgence' },
      ],
    });
  });

  it('takes typed or pasted lines when no notes are available, and says so', async () => {
    render(<ConvergencePanel state={closing()} />);
    expect(screen.getByTestId('proposals-no-notes')).toBeVisible();
    expect(screen.getByTestId('convergence-open')).toBeDisabled();
    await userEvent.click(screen.getByLabelText('14:00–15:00 · Sujet t4 · Jardin'));
    await userEvent.paste('- Un potager\n\n- Une fête de quartier');
    expect(screen.getByTestId('proposals-count')).toHaveAttribute('data-count', '2');
    await userEvent.click(screen.getByTestId('convergence-open'));
    expect(send).toHaveBeenCalledWith({
      type: 'openConvergence',
      proposals: [
        { slotId: 'sl2', topicId: 't4', text: 'Un potager' },
        { slotId: 'sl2', topicId: 't4', text: 'Une fête de quartier' },
      ],
    });
  });

  it('refuses to open with a proposal over the limit, and says why', async () => {
    render(<ConvergencePanel state={closing()} />);
    await userEvent.click(screen.getByLabelText('14:00–15:00 · Sujet t4 · Jardin'));
    await userEvent.paste('x'.repeat(501));
    expect(screen.getByText('1 proposition dépasse 500 caractères.')).toBeVisible();
    expect(screen.getByTestId('convergence-open')).toBeDisabled();
  });

  it('says what a CONFLICT means here', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    render(<ConvergencePanel state={closing()} notes={GROUP_NOTES} />);
    await userEvent.click(screen.getByTestId('convergence-open'));
    expect(await screen.findByTestId('error-message')).toHaveTextContent('Des gommettes ont déjà été posées : ce vote ne peut plus être remplacé.');
  });

  it('while open: the live ranking with every count, and closing asks once more', async () => {
    render(<ConvergencePanel state={converging(undefined, hiddenTallies(), proposalDot('p2', 'pr3'))} />);
    expect(screen.queryByTestId('proposals-editor')).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['ranked-pr3', 'ranked-pr1', 'ranked-pr2']);
    expect(screen.getByTestId('tally-pr3')).toHaveTextContent('1 gommette');
    await userEvent.click(screen.getByTestId('convergence-close'));
    expect(send).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('convergence-close-confirm'));
    expect(send).toHaveBeenCalledWith({ type: 'closeConvergence' });
  });

  it('reveals and hides the counts in hidden mode only', async () => {
    const { unmount } = render(<ConvergencePanel state={converging()} />);
    expect(screen.queryByTestId('convergence-reveal')).not.toBeInTheDocument();
    unmount();
    render(<ConvergencePanel state={converging(undefined, hiddenTallies())} />);
    expect(screen.getByTestId('convergence-tallies-state')).toHaveAttribute('data-revealed', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Révéler les résultats' }));
    expect(send).toHaveBeenCalledWith({ type: 'revealConvergence', revealed: true });
  });

  it('keeps the list once people voted and the vote is closed; edits it again over a closed ballot nobody voted on', () => {
    const { unmount } = render(<ConvergencePanel state={converging(undefined, proposalDot('p1', 'pr1'), convergenceClosed())} />);
    expect(screen.queryByTestId('proposals-editor')).not.toBeInTheDocument();
    expect(screen.getByText('Des gommettes ont été posées : la liste ne peut plus changer.')).toBeVisible();
    unmount();
    render(<ConvergencePanel state={converging(undefined, convergenceClosed())} />);
    expect(screen.getByLabelText('10:00–11:00 · Sujet t1 · Salle Iroise')).toHaveValue('Un guichet unique\nDes permanences le soir');
  });

  it('places dots for the paper participant chosen in the paper panel', async () => {
    setActingFor('paper1');
    render(<ConvergencePanel state={converging(undefined, joined('paper1', 'Jeanne', true))} />);
    expect(screen.getByTestId('paper-proposal-dots')).toHaveTextContent('Il reste 3 gommettes à Jeanne');
    await userEvent.click(screen.getByRole('button', { name: 'Mettre une gommette sur « Un fonds d’urgence »' }));
    expect(send).toHaveBeenCalledWith({ type: 'placeProposalDot', proposalId: 'pr3', asParticipantId: 'paper1' });
  });
});
