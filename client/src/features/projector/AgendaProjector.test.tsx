import type { StoredEvent } from '@forum-ouvert/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { isolate } from '../../i18n/bidi.ts';
import { applySnapshot } from '../../store/session.ts';
import { currentSlot, fullSession, groupJoined, published, spotlightOn, timerStarted, toPhase } from '../../test/agendaFixtures.ts';
import { AgendaGrid } from './AgendaGrid.tsx';
import ProjectorPage from './ProjectorPage.tsx';

// The page without a server: no socket, and a fixed public address.
vi.mock('../../hooks/useLiveSession.ts', () => ({ useLiveSession: vi.fn() }));
vi.mock('../../components/useJoinUrl.ts', () => ({ useJoinUrl: () => 'http://192.168.1.5:3000/j/ABCDEF' }));

const JOIN_URL = 'http://192.168.1.5:3000/j/ABCDEF';
const description: StoredEvent = {
  type: 'TopicEdited',
  topicId: 't1',
  title: 'Sujet t1',
  description: 'Se soigner sans papiers',
  themeId: 'th1',
  byFacilitator: false,
};

function renderPage() {
  const { hook } = memoryLocation({ path: '/screen/ABCDEF' });
  return render(
    <Router hook={hook}>
      <Route path="/screen/:code" component={ProjectorPage} />
    </Router>,
  );
}

const breakouts = [published(), toPhase('breakouts'), currentSlot('sl1'), groupJoined('p2', 'sl1', 't2'), groupJoined('p3', 'sl1', 't2'), groupJoined('p1', 'sl1', 't1')];

describe('projector: programme grid', () => {
  it('has a row per slot in time order, a column per space, and live headcounts per group', () => {
    render(<AgendaGrid state={fullSession(...breakouts)} joinUrl={JOIN_URL} />);
    const rows = screen.getAllByTestId(/^agenda-slot-/);
    expect(rows.map((r) => r.dataset.testid)).toEqual(['agenda-slot-sl1', 'agenda-slot-sl2']);
    expect(screen.getAllByRole('columnheader').map((h) => h.dataset.testid)).toEqual([undefined, 'agenda-space-sp1', 'agenda-space-sp2']);
    expect(screen.getByTestId('agenda-space-sp1')).toHaveTextContent(`Langue : ${isolate('Français + arabe')}`);
    expect(screen.getByTestId('agenda-space-sp1')).toHaveTextContent('Avec interprète');

    const iroise = screen.getByTestId('headcount-sl1-t1');
    expect(iroise).toHaveAttribute('data-count', '1');
    expect(iroise).toHaveTextContent('1 / 30');
    const jardin = screen.getByTestId('headcount-sl1-t2');
    expect(jardin).toHaveAttribute('data-count', '2');
    expect(jardin).toHaveTextContent('2 / 2');
    expect(jardin).toHaveTextContent('Complet');
    expect(screen.getByTestId('headcount-sl2-t3')).toHaveAttribute('data-count', '0');
    expect(within(screen.getByTestId('agenda-cell-sl2-sp2')).getByText('Sujet t4')).toBeInTheDocument();
  });

  it('highlights the current slot, with the timer in large type', () => {
    render(<AgendaGrid state={fullSession(...breakouts, timerStarted(Date.now() + 20 * 60_000, 'sl1'))} joinUrl={JOIN_URL} />);
    expect(screen.getByTestId('agenda-slot-sl1')).toHaveAttribute('aria-current', 'time');
    expect(screen.getByTestId('agenda-slot-sl2')).not.toHaveAttribute('aria-current');
    expect(screen.getByTestId('now-slot')).toHaveTextContent('En ce moment : 10:00 – 11:00');
    expect(screen.getByTestId('countdown')).toHaveClass('countdown--large');
    expect(screen.getByTestId('countdown-time')).toHaveTextContent(/^(20:00|19:59)$/);
  });

  it('puts a check-in QR code on each space, linking to the join URL with ?space=', async () => {
    render(<AgendaGrid state={fullSession(...breakouts)} joinUrl={JOIN_URL} />);
    const qr = await screen.findByTestId('space-qr-sp2');
    expect(qr).toHaveAttribute('data-url', `${JOIN_URL}?space=sp2`);
    expect(qr).toHaveAccessibleName(`QR code pour entrer dans le groupe qui se réunit ici (Jardin) : ${JOIN_URL}?space=sp2`);
    expect(await screen.findByTestId('space-qr-sp1')).toHaveAttribute('data-url', `${JOIN_URL}?space=sp1`);
  });

  it('marks a programme that is not published yet as a draft', () => {
    render(<AgendaGrid state={fullSession()} joinUrl={null} />);
    expect(screen.getByTestId('agenda-grid')).toHaveAttribute('data-published', 'false');
    expect(screen.getByTestId('agenda-draft')).toBeInTheDocument();
  });
});

// useLiveSession is mocked, so the store (fresh for each test) keeps what the test puts in it.
describe('projector page', () => {
  it('shows the grid in the breakouts phase', () => {
    applySnapshot(fullSession(...breakouts));
    renderPage();
    expect(screen.getByTestId('agenda-grid')).toBeInTheDocument();
    expect(screen.queryByTestId('topic-wall')).not.toBeInTheDocument();
    expect(screen.queryByTestId('spotlight')).not.toBeInTheDocument();
  });

  it('replaces the wall with the spotlighted topic, full screen', () => {
    applySnapshot(fullSession(description, ...breakouts, spotlightOn('t1')));
    renderPage();
    const spotlight = screen.getByTestId('spotlight');
    expect(spotlight).toHaveAttribute('data-topic-id', 't1');
    expect(within(spotlight).getByRole('heading', { level: 2 })).toHaveTextContent('Sujet t1');
    expect(spotlight).toHaveTextContent('Se soigner sans papiers');
    expect(spotlight).toHaveTextContent('Santé');
    expect(within(spotlight).getByTestId('spotlight-conveners')).toHaveTextContent(`Proposé par ${isolate('Amina')}`);
    expect(within(spotlight).getByTestId('spotlight-where')).toHaveTextContent(`10:00 – 11:00 · ${isolate('Salle Iroise')}`);
    expect(screen.queryByTestId('agenda-grid')).not.toBeInTheDocument();
    expect(screen.queryByTestId('topic-wall')).not.toBeInTheDocument();
  });

  it('shows a running timer in the other phases too, above the topic wall', () => {
    applySnapshot(fullSession(toPhase('voting'), timerStarted(Date.now() + 3 * 60_000)));
    renderPage();
    expect(screen.getByTestId('topic-wall')).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveAttribute('data-stage', 'warning');
    expect(screen.queryByTestId('agenda-grid')).not.toBeInTheDocument();
  });
});
