import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionView } from '../../hooks/useSessionView.ts';
import { openParticipantOutbox } from '../../net/outbox/install.ts';
import { setConnectionStatus } from '../../store/connection.ts';
import { applySnapshot } from '../../store/session.ts';
import { created, joined, phase, proposed, sessionFrom } from '../../test/fixtures.ts';
import { VotingView } from '../participant/VotingView.tsx';
import { OutboxPanel } from './OutboxPanel.tsx';

/** The phone's page as ParticipantApp builds it: what the store shows, and the outbox above. */
function Phone() {
  const { state } = useSessionView();
  return (
    <>
      <OutboxPanel />
      {state && <VotingView state={state} me="p1" />}
    </>
  );
}

let close: (() => void) | null = null;

afterEach(() => {
  close?.();
  close = null;
});

function phoneOffline() {
  applySnapshot(sessionFrom(created(), joined('p1'), joined('p2'), proposed('t1', 'p2'), proposed('t2', 'p2'), phase('voting')));
  setConnectionStatus('offline');
  close = openParticipantOutbox('ABCDEF', 'p1');
}

describe('voting with no network', () => {
  it('counts a dot at once, marks it not sent yet, and says so once for screen readers', async () => {
    phoneOffline();
    render(<Phone />);
    await userEvent.click(screen.getByTestId('dot-add-t1'));
    await userEvent.click(screen.getByTestId('dot-add-t2'));
    expect(screen.getByTestId('remaining-dots')).toHaveTextContent('Il vous reste 1 gommette sur 3');
    expect(within(screen.getByTestId('topic-t1')).getByTestId('pending-dots-t1')).toHaveTextContent('Pas encore envoyé');
    expect(screen.getByTestId('outbox-waiting')).toHaveTextContent('2 actions pas encore envoyées.');
    expect(screen.getByTestId('outbox-announcer')).toHaveTextContent(
      'Pas encore envoyé : gardé sur ce téléphone, ce sera envoyé quand la connexion reviendra.',
    );
    // Taking one back before it was sent leaves nothing to send.
    await userEvent.click(screen.getByTestId('dot-remove-t2'));
    expect(screen.queryByTestId('pending-dots-t2')).toBeNull();
    expect(screen.getByTestId('outbox-waiting')).toHaveTextContent('1 action pas encore envoyée.');
  });

  it('tells plainly what the server refused on arrival, until it is dismissed', async () => {
    window.localStorage.setItem(
      'fo.outbox.ABCDEF.p1',
      JSON.stringify({ v: 1, entries: [], notices: [{ id: 'cmd-00001', type: 'placeDot', label: 'Logement', code: 'WRONG_PHASE', count: 2 }] }),
    );
    phoneOffline();
    render(<Phone />);
    expect(screen.getByTestId('outbox-notice')).toHaveTextContent(
      'Vos 2 gommettes sur « Logement » n’ont pas été comptées : le vote était fermé.',
    );
    await userEvent.click(screen.getByRole('button', { name: /J’ai compris/ }));
    expect(screen.queryByTestId('outbox-notice')).toBeNull();
    expect(window.localStorage.getItem('fo.outbox.ABCDEF.p1')).toBeNull();
  });
});
