import { viewOf, type PhaseId, type SessionEvent, type StoredEvent } from '@forum-ouvert/shared';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyBatch, applySnapshot } from '../../store/session.ts';
import { useAppStore } from '../../store/store.ts';
import { toPhase } from '../../test/agendaFixtures.ts';
import { created, dot, joined, proposed, sessionFrom } from '../../test/fixtures.ts';
import { ParticipantApp } from './ParticipantApp.tsx';

// No socket in a component test: the store is fed by hand, as the sync module would.
vi.mock('../../hooks/useLiveSession.ts', () => ({ useLiveSession: vi.fn() }));

const ME = 'p1';

/** The phone of Amina (p1) in `phase`, with one topic from Lucas. */
function arrive(phase: PhaseId, ...more: StoredEvent[]): void {
  const events = [joined(ME, 'Amina'), joined('p2', 'Lucas'), proposed('t1', 'p2'), ...(phase === 'lobby' ? [] : [toPhase(phase)]), ...more];
  applySnapshot(viewOf(sessionFrom(created(), ...events), { role: 'participant', participantId: ME }));
}

/** One event pushed by the server, applied as the sync module applies a batch. */
function push(event: SessionEvent): void {
  const version = useAppStore.getState().session.state?.version ?? 0;
  act(() => {
    applyBatch({ from: version, to: version + 1, events: [{ seq: version + 1, event }] });
  });
}

/** The participant page, with a field of its own outside it that a person may be typing in. */
function renderPhone() {
  render(
    <>
      <label>
        Ailleurs
        <input />
      </label>
      <ParticipantApp code="ABCDEF" identity={{ token: 'token', participantId: ME }} onForget={() => undefined} />
    </>,
  );
  return { announcer: screen.getByTestId('phase-announcer') };
}

describe('a phase change on a phone', () => {
  it('says nothing on arrival and leaves focus where it is', () => {
    arrive('marketplace');
    const { announcer } = renderPhone();
    expect(announcer).toBeEmptyDOMElement();
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
  });

  it('is announced once, politely, and focus moves to the new main heading with its pictogram', () => {
    arrive('lobby');
    const { announcer } = renderPhone();
    push(toPhase('voting'));
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent('Nouvelle étape : Vote. Mettez vos gommettes sur les sujets qui comptent pour vous.');
    // One live region says it: the words appear nowhere else that is announced.
    expect(screen.getAllByText(/Nouvelle étape/)).toHaveLength(1);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveAccessibleName(/^Étape :\s?Vote$/);
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).toHaveFocus();
    expect(heading.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('never takes focus from a field the person is typing in, but is still announced', async () => {
    arrive('lobby');
    const { announcer } = renderPhone();
    const field = screen.getByLabelText('Ailleurs');
    await userEvent.type(field, 'Je tape');
    push(toPhase('marketplace'));
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Je tape');
    expect(announcer).toHaveTextContent('Nouvelle étape : Place du marché.');
  });

  it('does not announce votes or tallies', () => {
    const othersVoted: SessionEvent = { type: 'TallyChanged', topicId: 't1', delta: 1 };
    arrive('voting');
    const { announcer } = renderPhone();
    push(dot(ME, 't1'));
    push(othersVoted);
    expect(announcer).toBeEmptyDOMElement();
    push(toPhase('agenda'));
    const said = announcer.textContent;
    push(othersVoted);
    expect(announcer.textContent).toBe(said);
  });
});
