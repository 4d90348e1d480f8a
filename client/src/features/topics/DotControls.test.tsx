import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../net/commands.ts';
import { created, dot, joined, phase, proposed, sessionFrom } from '../../test/fixtures.ts';
import { VotingView } from '../participant/VotingView.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

const base = [joined('p1'), joined('p2'), proposed('t1', 'p2'), proposed('t2', 'p2'), proposed('t3', 'p1')] as const;

describe('dot buttons', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 1 });
  });

  it('place a dot, and say how many are left', async () => {
    const state = sessionFrom(created(), ...base, phase('voting'));
    render(<VotingView state={state} me="p1" />);
    expect(screen.getByTestId('remaining-dots')).toHaveTextContent('Il vous reste 3 gommettes sur 3');
    await userEvent.click(screen.getByRole('button', { name: 'Mettre une gommette sur « Sujet t1 »' }));
    expect(send).toHaveBeenCalledWith({ type: 'placeDot', topicId: 't1' });
  });

  it('remove only where I have a dot; with one dot per topic, + is off where I already voted', () => {
    const state = sessionFrom(created(), ...base, phase('voting'), dot('p1', 't1'));
    render(<VotingView state={state} me="p1" />);
    expect(screen.getByTestId('dot-remove-t1')).toBeEnabled();
    expect(screen.getByTestId('dot-remove-t2')).toBeDisabled();
    expect(screen.getByTestId('dot-add-t1')).toBeDisabled();
    expect(screen.getByTestId('dot-add-t2')).toBeEnabled();
    expect(within(screen.getByTestId('topic-t1')).getByText('Vous avez mis le maximum de gommettes sur ce sujet.')).toBeVisible();
  });

  it('every + is off once the budget is spent (remainingDots = 0)', () => {
    const state = sessionFrom(
      created({ dotBudget: 2 }),
      ...base,
      phase('voting'),
      dot('p1', 't1'),
      dot('p1', 't3'),
    );
    render(<VotingView state={state} me="p1" />);
    expect(screen.getByTestId('remaining-dots')).toHaveAttribute('data-count', '0');
    for (const id of ['t1', 't2', 't3']) expect(screen.getByTestId(`dot-add-${id}`)).toBeDisabled();
    expect(screen.getByTestId('dot-add-t2')).toHaveAttribute('data-refusal', 'BUDGET_EXCEEDED');
    expect(screen.getByTestId('dot-remove-t3')).toBeEnabled();
  });

  it('with stacking allowed, several dots go on one topic up to the budget', () => {
    const state = sessionFrom(created({ allowStacking: true }), ...base, phase('voting'), dot('p1', 't1'), dot('p1', 't1'));
    render(<VotingView state={state} me="p1" />);
    expect(screen.getByTestId('my-dots-t1')).toHaveAttribute('data-count', '2');
    expect(screen.getByTestId('dot-add-t1')).toBeEnabled();
  });

  it('show tallies only when the state carries them', () => {
    const hidden = { ...sessionFrom(created(), ...base, phase('voting')), tallies: null };
    const { unmount } = render(<VotingView state={hidden} me="p1" />);
    expect(screen.queryByTestId('tally-t1')).not.toBeInTheDocument();
    unmount();
    const live = sessionFrom(created(), ...base, phase('voting'), dot('p2', 't1'));
    render(<VotingView state={live} me="p1" />);
    expect(screen.getByTestId('tally-t1')).toHaveTextContent('1 gommette');
  });
});
