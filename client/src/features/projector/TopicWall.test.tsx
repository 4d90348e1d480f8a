import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { created, dot, joined, phase, proposed, sessionFrom } from '../../test/fixtures.ts';
import { TopicWall } from './TopicWall.tsx';

const events = [
  joined('p1'),
  joined('p2'),
  proposed('t1', 'p1', 'th1'),
  proposed('t2', 'p2', 'th2'),
  proposed('t3', 'p2', null),
  phase('voting'),
  dot('p1', 't1'),
  dot('p2', 't1'),
  dot('p1', 't2'),
] as const;

describe('projector wall', () => {
  it('groups topics by theme', () => {
    render(<TopicWall state={sessionFrom(created(), ...events)} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Santé',
      'Logement',
      'Sans thème',
    ]);
  });

  it('shows vote bars, scaled to the leader, when tallies are visible', () => {
    render(<TopicWall state={sessionFrom(created(), ...events)} />);
    expect(screen.getByTestId('tally-t1')).toHaveTextContent('2 gommettes');
    expect(screen.getByTestId('tally-bar-t1').firstElementChild).toHaveStyle({ inlineSize: '100%' });
    expect(screen.getByTestId('tally-bar-t2').firstElementChild).toHaveStyle({ inlineSize: '50%' });
  });

  it('shows no bar and no count while tallies are hidden (state.tallies is null)', () => {
    const hidden = { ...sessionFrom(created({ tallyMode: 'hidden' }), ...events), tallies: null };
    render(<TopicWall state={hidden} />);
    expect(screen.getByText('Sujet t1')).toBeInTheDocument();
    expect(screen.queryByTestId(/^tally-/)).not.toBeInTheDocument();
  });

  it('shows no rows of zeros while topics are still being proposed', () => {
    render(<TopicWall state={sessionFrom(created(), joined('p1'), phase('marketplace'), proposed('t1', 'p1'))} />);
    expect(screen.getByTestId('topic-wall')).toHaveAttribute('data-tallies', 'hidden');
    expect(screen.queryByTestId('tally-t1')).not.toBeInTheDocument();
  });
});
