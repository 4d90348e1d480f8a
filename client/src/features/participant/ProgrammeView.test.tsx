import { groupMoveRefusal, type StoredEvent } from '@forum-ouvert/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isolate } from '../../i18n/bidi.ts';
import { sendCommand } from '../../net/commands.ts';
import { groupJoined, groupMode, participantView, published, toPhase } from '../../test/agendaFixtures.ts';
import { ProgrammeView } from './ProgrammeView.tsx';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

const assigned: StoredEvent = {
  type: 'GroupsAssigned',
  assignments: { sl1: { p1: 't1', p2: 't2' }, sl2: { p1: 't3', p2: 't4', p3: 't3' } },
  headcounts: { sl1: { t1: 1, t2: 1 }, sl2: { t3: 2, t4: 1 } },
};

describe('my programme', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 99 });
  });

  it('says so until the agenda is published', () => {
    render(<ProgrammeView state={participantView('p1')} me="p1" />);
    expect(screen.getByTestId('programme-not-published')).toHaveTextContent("Le programme n'est pas encore prêt.");
    expect(screen.queryByTestId(/^programme-slot-/)).not.toBeInTheDocument();
  });

  it('lists slots in time order with the space, language, interpreter and conveners, and marks my own topic', () => {
    render(<ProgrammeView state={participantView('p1', published(), assigned)} me="p1" />);
    const slots = screen.getAllByTestId(/^programme-slot-/);
    expect(slots.map((s) => s.dataset.testid)).toEqual(['programme-slot-sl1', 'programme-slot-sl2']);
    expect(within(slots[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('10:00 – 11:00');

    const morning = screen.getByTestId('my-group-sl1');
    expect(morning).toHaveAttribute('data-topic-id', 't1');
    expect(morning).toHaveTextContent('Sujet t1');
    expect(morning).toHaveTextContent('Santé');
    expect(morning).toHaveTextContent(`Lieu : ${isolate('Salle Iroise')}`);
    expect(morning).toHaveTextContent(`Langue : ${isolate('Français + arabe')}`);
    expect(morning).toHaveTextContent('Avec interprète');
    expect(within(morning).getByTestId('conveners-sl1-t1')).toHaveTextContent(`Proposé par ${isolate('Amina')}`);
    expect(within(morning).getByTestId('your-topic-sl1-t1')).toHaveTextContent('Votre sujet');

    const afternoon = screen.getByTestId('my-group-sl2');
    expect(afternoon).toHaveAttribute('data-topic-id', 't3');
    expect(within(afternoon).getByTestId('conveners-sl2-t3')).toHaveTextContent(`Proposé par ${isolate('Sara')}`);
    expect(within(afternoon).queryByTestId('your-topic-sl2-t3')).not.toBeInTheDocument();
    expect(within(afternoon).getByTestId('headcount-sl2-t3')).toHaveAttribute('data-count', '2');
    expect(within(afternoon).getByTestId('headcount-sl2-t3')).toHaveTextContent('2 / 30');

    // Assigned groups, programme phase: nobody moves yet, so no buttons.
    expect(screen.queryByTestId(/^go-to-group-/)).not.toBeInTheDocument();
    expect(screen.queryByTestId(/^leave-group-/)).not.toBeInTheDocument();
    expect(screen.getByTestId('group-sl1-t2')).toHaveTextContent('Jardin');
  });

  it('in free mode, each "go to this group" button follows groupMoveRefusal; a full group says so', () => {
    // Jardin has 2 seats: Lucas and Sara fill it in the morning.
    const state = participantView('p1', published(), groupMode('free'), groupJoined('p2', 'sl1', 't2'), groupJoined('p3', 'sl1', 't2'));
    render(<ProgrammeView state={state} me="p1" />);
    expect(screen.getByTestId('programme')).toHaveAttribute('data-mode', 'free');
    for (const [slotId, topicId] of [['sl1', 't1'], ['sl1', 't2'], ['sl2', 't3'], ['sl2', 't4']] as const) {
      const button = screen.getByTestId(`go-to-group-${slotId}-${topicId}`);
      const refusal = groupMoveRefusal(state, 'p1', slotId, topicId);
      expect(button).toHaveAttribute('data-refusal', refusal ?? '');
      if (refusal) expect(button).toBeDisabled();
      else expect(button).toBeEnabled();
    }
    const full = screen.getByTestId('go-to-group-sl1-t2');
    expect(full).toBeDisabled();
    expect(full).toHaveAttribute('data-refusal', 'CONFLICT');
    expect(full).toHaveAccessibleDescription('Ce groupe est complet.');
    expect(screen.getByTestId('headcount-sl1-t2')).toHaveAttribute('data-full', 'true');
    expect(screen.getByTestId('headcount-sl1-t2')).toHaveTextContent('2 / 2');
    expect(screen.getByTestId('headcount-sl1-t2')).toHaveTextContent('Complet');
    expect(screen.getByTestId('no-group-sl1')).toHaveTextContent("Vous n'avez pas encore choisi de groupe");
  });

  it('goes to a group, and announces it politely', async () => {
    render(<ProgrammeView state={participantView('p1', published(), groupMode('free'))} me="p1" />);
    const button = screen.getByRole('button', { name: 'Aller dans ce groupe (Sujet t2)' });
    expect(button).toHaveAttribute('data-testid', 'go-to-group-sl1-t2');
    await userEvent.click(button);
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'joinGroup', slotId: 'sl1', topicId: 't2' });
    const announcer = screen.getByTestId('programme-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent(`C'est noté : vous êtes dans le groupe « ${isolate('Sujet t2')} » (10:00 – 11:00).`);
  });

  it('leaves my group', async () => {
    render(<ProgrammeView state={participantView('p1', published(), groupMode('free'), groupJoined('p1', 'sl1', 't1'))} me="p1" />);
    expect(screen.getByTestId('my-group-sl1')).toHaveAttribute('data-topic-id', 't1');
    expect(screen.queryByTestId('go-to-group-sl1-t1')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('leave-group-sl1'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'leaveGroup', slotId: 'sl1' });
    expect(screen.getByTestId('programme-announcer')).toHaveTextContent(`vous avez quitté le groupe « ${isolate('Sujet t1')} »`);
  });

  it('shows a refusal translated, next to the slot it concerns', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    render(<ProgrammeView state={participantView('p1', published(), groupMode('free'))} me="p1" />);
    await userEvent.click(screen.getByTestId('go-to-group-sl2-t4'));
    expect(within(screen.getByTestId('programme-slot-sl2')).getByTestId('move-error-sl2')).toHaveTextContent('Ce groupe est complet, ou vous y êtes déjà.');
    expect(screen.queryByTestId('move-error-sl1')).not.toBeInTheDocument();
    expect(screen.getByTestId('programme-announcer')).toBeEmptyDOMElement();
  });

  it('in assigned mode, the law of two feet opens moves during the breakouts only', () => {
    render(<ProgrammeView state={participantView('p1', published(), assigned, toPhase('breakouts'))} me="p1" />);
    expect(screen.getByTestId('two-feet')).toHaveTextContent('La loi des deux pieds');
    expect(screen.getByTestId('go-to-group-sl1-t2')).toBeEnabled();
    expect(screen.getByTestId('leave-group-sl1')).toBeEnabled();
  });

  it('offers no move once the workshop is closing', () => {
    render(<ProgrammeView state={participantView('p1', published(), groupMode('free'), toPhase('closing'))} me="p1" />);
    expect(screen.getAllByTestId(/^programme-slot-/)).toHaveLength(2);
    expect(screen.queryByTestId(/^go-to-group-/)).not.toBeInTheDocument();
  });
});
