import { PHASES } from '@forum-ouvert/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PhaseStepper } from './PhaseStepper.tsx';

describe('phase stepper', () => {
  it('has one step per phase, in order, with the current one marked', () => {
    render(<PhaseStepper phase="marketplace" pending={false} onChange={vi.fn()} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(PHASES.length);
    expect(buttons.map((b) => b.dataset.testid)).toEqual(PHASES.map((p) => `phase-step-${p.id}`));
    const current = screen.getByRole('button', { name: 'Place du marché' });
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toBeDisabled();
  });

  it('moves forward and back', async () => {
    const onChange = vi.fn();
    render(<PhaseStepper phase="marketplace" pending={false} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Vote' }));
    await userEvent.click(screen.getByRole('button', { name: 'Accueil' }));
    expect(onChange.mock.calls).toEqual([['voting'], ['lobby']]);
  });

  it('is inert while a change is on its way', () => {
    render(<PhaseStepper phase="lobby" pending onChange={vi.fn()} />);
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
  });
});
