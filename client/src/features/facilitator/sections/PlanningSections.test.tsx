import { PHASES } from '@forum-ouvert/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fullSession, toPhase } from '../../../test/agendaFixtures.ts';
import { PlanningSections } from './PlanningSections.tsx';

const KEYS = { sessionId: 's_test', facilitatorKey: 'k'.repeat(40) };
import { sectionsForPhase } from './sectionsForPhase.ts';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));

describe('planning sections', () => {
  it('keeps rooms, slots and the timer reachable in every phase', () => {
    for (const { id } of PHASES) {
      const ids = sectionsForPhase(id).map((s) => s.id);
      expect(ids).toContain('spaces');
      expect(ids).toContain('timer');
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('opens the programme editor in the agenda phase and the groups in the breakouts', async () => {
    const { rerender } = render(<PlanningSections state={fullSession()} keys={KEYS} />);
    expect(screen.getByRole('button', { name: 'Construire le programme' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('agenda-editor')).toBeInTheDocument();
    const spaces = screen.getByRole('button', { name: 'Salles et créneaux' });
    expect(spaces).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(spaces);
    expect(spaces).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('spaces-editor')).toBeInTheDocument();
    rerender(<PlanningSections state={fullSession(toPhase('breakouts'))} keys={KEYS} />);
    expect(screen.getByRole('button', { name: 'Groupes' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Construire le programme' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('agenda-editor')).not.toBeInTheDocument();
  });

  it('shows the spotlight first in the marketplace', () => {
    render(<PlanningSections state={fullSession(toPhase('marketplace'))} keys={KEYS} />);
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Projeter un sujet');
    expect(screen.getByTestId('spotlight-control')).toBeInTheDocument();
  });
});
