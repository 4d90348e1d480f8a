import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../net/commands.ts';
import { currentSlot, fullSession, timerStarted } from '../../../test/agendaFixtures.ts';
import { TimerControl } from './TimerControl.tsx';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

describe('timer control', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it("starts the current slot's timer with the slot's length by default", async () => {
    render(<TimerControl state={fullSession(currentSlot('sl1'))} />);
    expect(screen.getByTestId('current-slot')).toHaveAttribute('data-slot-id', 'sl1');
    expect(screen.getByLabelText('Durée du minuteur (minutes)')).toHaveValue(60);
    await userEvent.click(screen.getByRole('button', { name: 'Lancer le minuteur du créneau 10:00 – 11:00' }));
    expect(send).toHaveBeenCalledWith({ type: 'startTimer', durationSeconds: 3600, slotId: 'sl1' });
  });

  it('starts a phase timer for the minutes typed, and refuses nonsense', async () => {
    render(<TimerControl state={fullSession()} />);
    expect(screen.getByTestId('timer-start-slot')).toBeDisabled();
    const minutes = screen.getByLabelText('Durée du minuteur (minutes)');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '0');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('timer-start-phase')).toBeDisabled();
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '15');
    await userEvent.click(screen.getByRole('button', { name: "Lancer un minuteur d'étape" }));
    expect(send).toHaveBeenCalledWith({ type: 'startTimer', durationSeconds: 900, slotId: null });
  });

  it('follows a new current slot: one selector, and the new default length', () => {
    const { rerender } = render(<TimerControl state={fullSession()} />);
    expect(screen.getByLabelText('Durée du minuteur (minutes)')).toHaveValue(10);
    rerender(<TimerControl state={fullSession(currentSlot('sl1'))} />);
    expect(screen.getAllByTestId('current-slot-select')).toHaveLength(1);
    expect(screen.getByLabelText('Durée du minuteur (minutes)')).toHaveValue(60);
  });

  it('sets the current slot', async () => {
    render(<TimerControl state={fullSession()} />);
    expect(screen.getByTestId('current-slot-apply')).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Créneau en cours'), '14:00 – 15:00');
    await userEvent.click(screen.getByRole('button', { name: 'Définir comme créneau en cours' }));
    expect(send).toHaveBeenCalledWith({ type: 'setCurrentSlot', slotId: 'sl2' });
  });

  it('shows the running countdown and stops it', async () => {
    render(<TimerControl state={fullSession(currentSlot('sl2'), timerStarted(Date.now() + 90_000, 'sl2'))} />);
    expect(screen.getByTestId('timer-running')).toHaveAttribute('data-slot-id', 'sl2');
    expect(screen.getByTestId('countdown')).toHaveTextContent('Créneau 14:00 – 15:00 : temps restant');
    await userEvent.click(screen.getByRole('button', { name: 'Arrêter le minuteur' }));
    expect(send).toHaveBeenCalledWith({ type: 'stopTimer' });
  });
});
