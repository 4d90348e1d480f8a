import { render, screen } from '@testing-library/react';
import { viewOf } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { fullSession, toPhase } from '../../test/agendaFixtures.ts';
import { convergenceRevealed, converging, hiddenTallies, OPENED, proposalDot } from '../../test/convergenceFixtures.ts';
import { ProjectorBody } from '../projector/ProjectorBody.tsx';
import { ConvergenceWall } from './ConvergenceWall.tsx';

const PROJECTOR = { role: 'projector' } as const;
const votes = [proposalDot('p1', 'pr3'), proposalDot('p2', 'pr3'), proposalDot('p1', 'pr2')] as const;

describe('the convergence vote on the projector', () => {
  it('ranks the proposals, most dots first, with bars scaled to the leader', () => {
    render(<ConvergenceWall state={converging(PROJECTOR, ...votes)} />);
    expect(screen.getByRole('heading', { name: 'Propositions classées' })).toBeVisible();
    expect(screen.getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['ranked-pr3', 'ranked-pr2', 'ranked-pr1']);
    expect(screen.getByTestId('tally-pr3')).toHaveTextContent('2 gommettes');
    expect(screen.getByTestId('tally-bar-pr3').firstElementChild).toHaveStyle({ inlineSize: '100%' });
    expect(screen.getByTestId('tally-bar-pr2').firstElementChild).toHaveStyle({ inlineSize: '50%' });
    expect(screen.getByTestId('tally-pr1')).toHaveTextContent('0 gommette');
  });

  it('in hidden mode, lists the proposals in their order with no count until the reveal', () => {
    const { unmount } = render(<ConvergenceWall state={converging(PROJECTOR, hiddenTallies(), ...votes)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['ranked-pr1', 'ranked-pr2', 'ranked-pr3']);
    expect(screen.queryByTestId(/^tally-/)).not.toBeInTheDocument();
    expect(screen.getByTestId('convergence-wall-list')).toHaveAttribute('data-counts', 'hidden');
    unmount();
    render(<ConvergenceWall state={converging(PROJECTOR, hiddenTallies(), ...votes, convergenceRevealed())} />);
    expect(screen.getByTestId('tally-pr3')).toHaveTextContent('2 gommettes');
  });

  it('takes the place of the topic wall in the closing phase once the vote is opened, not before', () => {
    const { unmount } = render(<ProjectorBody state={viewOf(fullSession(toPhase('closing')), PROJECTOR)} joinUrl={null} />);
    expect(screen.queryByTestId('convergence-wall')).not.toBeInTheDocument();
    unmount();
    render(<ProjectorBody state={viewOf(fullSession(...OPENED), PROJECTOR)} joinUrl={null} />);
    expect(screen.getByTestId('convergence-wall')).toBeVisible();
  });
});
