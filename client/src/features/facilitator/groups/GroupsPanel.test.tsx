import type { StoredEvent } from '@forum-ouvert/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../net/commands.ts';
import { fullSession, groupJoined, groupMode } from '../../../test/agendaFixtures.ts';
import { dot } from '../../../test/fixtures.ts';
import { GroupsPanel } from './GroupsPanel.tsx';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

/**
 * Amina and Sara put a dot on t2 (Jardin, 2 seats, 10:00). At 10:00 Amina sits in t1, Lucas and
 * Sara fill t2; nobody is seated at 14:00.
 */
const seatedThen = (...more: StoredEvent[]) =>
  fullSession(dot('p1', 't2'), dot('p3', 't2'), groupJoined('p1', 'sl1', 't1'), groupJoined('p2', 'sl1', 't2'), groupJoined('p3', 'sl1', 't2'), ...more);
const seated = () => seatedThen();

describe('groups panel', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it('shows the quality figures with plain-words labels', () => {
    render(<GroupsPanel state={seated()} />);
    const figure = (id: string) => screen.getByTestId(`quality-${id}`);
    expect(figure('placed')).toHaveAttribute('data-value', '0.5');
    expect(figure('placed')).toHaveTextContent(/part des personnes assises dans un sujet pour lequel elles ont voté.*50\s%/);
    expect(figure('top-choice')).toHaveAttribute('data-value', '0.5');
    expect(figure('top-choice')).toHaveTextContent('leur sujet préféré');
    expect(figure('unassigned')).toHaveAttribute('data-value', '3');
    expect(figure('empty-groups')).toHaveAttribute('data-value', '2');
    expect(figure('full-groups')).toHaveAttribute('data-value', '1');
  });

  it('shows live headcounts per group and slot, full groups said in words', () => {
    render(<GroupsPanel state={seated()} />);
    const full = screen.getByTestId('headcount-sl1-t2');
    expect(full).toHaveAttribute('data-count', '2');
    expect(full).toHaveAttribute('data-capacity', '2');
    expect(full).toHaveAttribute('data-full', 'true');
    expect(full).toHaveTextContent('Complet');
    expect(screen.getByTestId('headcount-sl1-t1')).toHaveTextContent('1 / 30');
    expect(within(screen.getByTestId('headcounts-sl2')).getByTestId('headcount-sl2-t3')).toHaveAttribute('data-count', '0');
    expect(screen.getByTestId('without-group-sl2')).toHaveAttribute('data-count', '3');
    expect(screen.getByTestId('without-group-sl1')).toHaveTextContent('Tout le monde a un groupe');
  });

  it('switches the group mode and assigns everyone in assigned mode', async () => {
    const { rerender } = render(<GroupsPanel state={seated()} />);
    expect(screen.getByTestId('group-mode')).toHaveAttribute('data-mode', 'assigned');
    expect(screen.getByRole('button', { name: "Répartis par l'application" })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Répartir tout le monde' }));
    expect(send).toHaveBeenCalledWith({ type: 'assignGroups' });
    await userEvent.click(screen.getByRole('button', { name: 'Libres : chacun choisit' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'setGroupMode', mode: 'free' });
    rerender(<GroupsPanel state={seatedThen(groupMode('free'))} />);
    expect(screen.queryByTestId('assign-groups')).not.toBeInTheDocument();
  });

  it('moves a person by hand: pseudonym, slot, group; full groups cannot be chosen', async () => {
    render(<GroupsPanel state={seated()} />);
    await userEvent.selectOptions(screen.getByLabelText('Personne'), 'Amina');
    expect(screen.getByTestId('move-participant-current')).toHaveTextContent('Sujet t1');
    const group = screen.getByLabelText('Groupe');
    expect(within(group).getByRole('option', { name: 'Sujet t2 · Jardin (complet)' })).toBeDisabled();
    expect(within(group).getByRole('option', { name: 'Sujet t1 · Salle Iroise (son groupe actuel)' })).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Créneau'), '14:00 – 15:00');
    await userEvent.selectOptions(screen.getByLabelText('Groupe'), 'Sujet t3 · Salle Iroise (0 / 30)');
    await userEvent.click(screen.getByRole('button', { name: 'Déplacer' }));
    expect(send).toHaveBeenCalledWith({ type: 'moveParticipant', participantId: 'p1', slotId: 'sl2', topicId: 't3' });
  });

  it('takes someone out of their group', async () => {
    render(<GroupsPanel state={seated()} />);
    await userEvent.selectOptions(screen.getByLabelText('Personne'), 'Lucas');
    await userEvent.selectOptions(screen.getByLabelText('Groupe'), 'Sans groupe (retirer de son groupe)');
    await userEvent.click(screen.getByTestId('move-participant-submit'));
    expect(send).toHaveBeenCalledWith({ type: 'moveParticipant', participantId: 'p2', slotId: 'sl1', topicId: null });
  });
});
