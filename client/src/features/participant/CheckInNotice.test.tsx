import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isolate } from '../../i18n/bidi.ts';
import { sendCommand } from '../../net/commands.ts';
import { applySnapshot } from '../../store/session.ts';
import { currentSlot, groupJoined, participantView, published, toPhase } from '../../test/agendaFixtures.ts';
import { CheckInNotice } from './CheckInNotice.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

const meeting = [published(), toPhase('breakouts'), currentSlot('sl1')];

function openedFromDoor(spaceId: string) {
  window.history.replaceState(null, '', `/j/ABCDEF?space=${spaceId}&lang=fr`);
}

describe('check-in by QR code at a door', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 99 });
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('sends checkIn once with the space from the URL, says where I am, then drops the parameter', async () => {
    openedFromDoor('sp1');
    applySnapshot(participantView('p1', ...meeting));
    const { rerender } = render(
      <StrictMode>
        <CheckInNotice me="p1" ready />
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <CheckInNotice me="p1" ready />
      </StrictMode>,
    );
    expect(await screen.findByText(`C'est noté : vous êtes dans « ${isolate('Sujet t1')} » (${isolate('Salle Iroise')}).`)).toHaveAttribute('aria-live', 'polite');
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'checkIn', spaceId: 'sp1' });
    expect(screen.getByTestId('check-in')).toHaveAttribute('data-outcome', 'ok');
    expect(window.location.pathname).toBe('/j/ABCDEF');
    expect(window.location.search).toBe('?lang=fr');
  });

  it('waits until the phone has joined and holds the session', async () => {
    openedFromDoor('sp2');
    applySnapshot(participantView('p1', ...meeting));
    const { rerender } = render(<CheckInNotice me="p1" ready={false} />);
    expect(screen.getByTestId('check-in-result')).toHaveTextContent('Inscription dans le groupe de cette salle…');
    expect(send).not.toHaveBeenCalled();
    rerender(<CheckInNotice me="p1" ready />);
    expect(await screen.findByText(`C'est noté : vous êtes dans « ${isolate('Sujet t2')} » (${isolate('Jardin')}).`)).toBeInTheDocument();
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'checkIn', spaceId: 'sp2' });
  });

  it('translates a refusal: a full room', async () => {
    openedFromDoor('sp2');
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    applySnapshot(participantView('p1', ...meeting, groupJoined('p2', 'sl1', 't2'), groupJoined('p3', 'sl1', 't2')));
    render(<CheckInNotice me="p1" ready />);
    expect(await screen.findByText('Cette salle est complète. Choisissez un autre groupe.')).toBeInTheDocument();
    expect(screen.getByTestId('check-in')).toHaveAttribute('data-outcome', 'FULL');
    expect(window.location.search).toBe('?lang=fr');
  });

  it('tells someone already in that group so, rather than refusing', async () => {
    openedFromDoor('sp1');
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    applySnapshot(participantView('p1', ...meeting, groupJoined('p1', 'sl1', 't1')));
    render(<CheckInNotice me="p1" ready />);
    expect(await screen.findByText(`Vous êtes déjà dans « ${isolate('Sujet t1')} » (${isolate('Salle Iroise')}).`)).toBeInTheDocument();
    expect(screen.getByTestId('check-in')).toHaveAttribute('data-outcome', 'already');
  });

  it('translates "no group meets now", and can be dismissed', async () => {
    openedFromDoor('sp1');
    send.mockResolvedValue({ ok: false, error: { code: 'WRONG_PHASE' } });
    applySnapshot(participantView('p1', published()));
    render(<CheckInNotice me="p1" ready />);
    expect(await screen.findByText('Aucun groupe ne se réunit en ce moment.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer ce message' }));
    expect(screen.queryByTestId('check-in')).not.toBeInTheDocument();
  });

  it('does nothing on a page not opened from a door', () => {
    window.history.replaceState(null, '', '/j/ABCDEF');
    render(<CheckInNotice me="p1" ready />);
    expect(screen.queryByTestId('check-in')).not.toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();
  });
});
