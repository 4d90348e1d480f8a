import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countdownStage, formatRemaining } from './countdown.ts';
import { Countdown } from './Countdown.tsx';

const MINUTE = 60_000;

describe('formatRemaining', () => {
  it.each([
    [0, '00:00'],
    [-5000, '00:00'],
    [1, '00:01'],
    [999, '00:01'],
    [59_000, '00:59'],
    [5 * MINUTE, '05:00'],
    [59 * MINUTE + 59_000, '59:59'],
    [60 * MINUTE, '1:00:00'],
    [62 * MINUTE + 5000, '1:02:05'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatRemaining(ms, 'fr')).toBe(text);
  });

  it('shows the same Western digits in Arabic, as on the projector', () => {
    expect(formatRemaining(62 * MINUTE + 5000, 'ar')).toBe('1:02:05');
  });

  it('warns strictly under the threshold, and is done at zero', () => {
    expect(countdownStage(5 * MINUTE, 5 * MINUTE)).toBe('running');
    expect(countdownStage(5 * MINUTE - 1, 5 * MINUTE)).toBe('warning');
    expect(countdownStage(0, 5 * MINUTE)).toBe('done');
  });
});

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const advance = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  it('counts down every second to an absolute end time, warns under 5 minutes, then says time is up', () => {
    render(<Countdown endsAt={Date.now() + 6 * MINUTE} />);
    const countdown = screen.getByTestId('countdown');
    const time = screen.getByRole('timer', { name: 'Temps restant' });
    const status = screen.getByRole('status');
    expect(time).toHaveTextContent('06:00');
    expect(countdown).toHaveAttribute('data-stage', 'running');
    expect(status).toBeEmptyDOMElement();

    advance(1000);
    expect(time).toHaveTextContent('05:59');
    advance(59_000);
    expect(time).toHaveTextContent('05:00');
    expect(countdown).toHaveAttribute('data-stage', 'running');

    advance(1000);
    expect(time).toHaveTextContent('04:59');
    expect(countdown).toHaveAttribute('data-stage', 'warning');
    expect(countdown).toHaveClass('countdown--warning');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Moins de 5 minutes !');

    advance(5 * MINUTE);
    expect(time).toHaveTextContent('00:00');
    expect(countdown).toHaveAttribute('data-stage', 'done');
    expect(status).toHaveTextContent('Le temps est écoulé.');
  });

  it('shows hours past an hour, and follows a new end time at once', () => {
    const { rerender } = render(<Countdown endsAt={Date.now() + 90 * MINUTE} />);
    expect(screen.getByTestId('countdown-time')).toHaveTextContent('1:30:00');
    rerender(<Countdown endsAt={Date.now() + 2 * MINUTE} warnBeforeMs={MINUTE} />);
    advance(0);
    expect(screen.getByTestId('countdown-time')).toHaveTextContent('02:00');
    expect(screen.getByTestId('countdown')).toHaveAttribute('data-stage', 'running');
    advance(61_000);
    expect(screen.getByTestId('countdown')).toHaveAttribute('data-stage', 'warning');
    expect(screen.getByTestId('countdown-message')).toHaveTextContent('Moins de 1 minute !');
  });

  it('starts in the past as "time is up"', () => {
    render(<Countdown endsAt={Date.now() - 1000} />);
    expect(screen.getByTestId('countdown-time')).toHaveTextContent('00:00');
    expect(screen.getByTestId('countdown')).toHaveAttribute('data-stage', 'done');
  });
});
