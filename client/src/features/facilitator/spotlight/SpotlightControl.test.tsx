import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../net/commands.ts';
import { fullSession, spotlightOn } from '../../../test/agendaFixtures.ts';
import { SpotlightControl } from './SpotlightControl.tsx';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

describe('spotlight control', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it('puts a topic on the projector, then ends the spotlight', async () => {
    const { rerender } = render(<SpotlightControl state={fullSession()} />);
    expect(screen.getByTestId('spotlight-end')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /^Mettre à l'écran\s*Sujet t3$/ }));
    expect(send).toHaveBeenCalledWith({ type: 'setSpotlight', topicId: 't3' });
    rerender(<SpotlightControl state={fullSession(spotlightOn('t3'))} />);
    expect(screen.getByTestId('spotlight-current')).toHaveAttribute('data-topic-id', 't3');
    expect(screen.getByTestId('spotlight-on-t3')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Terminer la mise en avant' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'setSpotlight', topicId: null });
  });
});
