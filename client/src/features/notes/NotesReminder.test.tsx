import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesReminder } from './NotesReminder.tsx';

const slot = { id: 'sl1', start: '09:00', end: '10:00' };
const at = (hours: number, minutes: number) => new Date(2025, 5, 14, hours, minutes).getTime();

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('NotesReminder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('appears 10 minutes before the slot ends, and leaves when it ends', async () => {
    vi.setSystemTime(at(9, 45));
    render(<NotesReminder slot={slot} timer={null} />);
    await advance(0);
    const banner = screen.getByTestId('notes-reminder-sl1');
    expect(banner).toHaveAttribute('data-due', 'false');
    expect(banner).toBeEmptyDOMElement();

    await advance(5 * 60_000);
    expect(banner).toHaveAttribute('data-due', 'true');
    expect(banner).toHaveTextContent("C'est le moment de noter vos propositions.");

    await advance(10 * 60_000 - 1);
    expect(banner).toHaveAttribute('data-due', 'true');
    await advance(1);
    expect(banner).toHaveAttribute('data-due', 'false');
  });

  it('follows the running timer when it times this slot', async () => {
    vi.setSystemTime(at(9, 15));
    const { rerender } = render(<NotesReminder slot={slot} timer={{ endsAt: at(9, 30), slotId: 'sl1' }} />);
    await advance(0);
    expect(screen.getByTestId('notes-reminder-sl1')).toHaveAttribute('data-due', 'false');
    await advance(5 * 60_000);
    expect(screen.getByTestId('notes-reminder-sl1')).toHaveAttribute('data-due', 'true');

    // A timer for another slot, or a phase timer, does not move this slot's end.
    rerender(<NotesReminder slot={slot} timer={{ endsAt: at(9, 30), slotId: null }} />);
    await advance(0);
    expect(screen.getByTestId('notes-reminder-sl1')).toHaveAttribute('data-due', 'false');
  });
});
