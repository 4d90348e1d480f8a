import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionBanner } from './ConnectionBanner.tsx';

describe('connection banner', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a polite live region, empty while all is well', () => {
    render(<ConnectionBanner status="online" />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
  });

  it('says when the connection is lost, then briefly that it is back', () => {
    vi.useFakeTimers();
    const { rerender } = render(<ConnectionBanner status="online" />);
    rerender(<ConnectionBanner status="reconnecting" />);
    expect(screen.getByRole('status')).toHaveTextContent('Connexion perdue — reconnexion en cours…');
    rerender(<ConnectionBanner status="offline" />);
    expect(screen.getByRole('status')).toHaveTextContent('Hors ligne');
    rerender(<ConnectionBanner status="online" />);
    expect(screen.getByRole('status')).toHaveTextContent('De nouveau en ligne.');
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('does not say "back online" on the first connection', () => {
    const { rerender } = render(<ConnectionBanner status="connecting" />);
    expect(screen.getByRole('status')).toHaveTextContent('Connexion en cours…');
    rerender(<ConnectionBanner status="online" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
