import type { StoredEvent } from '@forum-ouvert/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../net/commands.ts';
import { fullSession, published } from '../../../test/agendaFixtures.ts';
import { dot, proposed } from '../../../test/fixtures.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { TOPIC_DRAG_TYPE } from './agendaModel.ts';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

const locked = (topicId: string): StoredEvent => ({ type: 'TopicLockChanged', topicId, locked: true });
/** t5 (Amina) is not in the grid; Sara put dots on t1 and t2, which both meet at 10:00. */
const withVotes = () => fullSession(proposed('t5', 'p1'), dot('p3', 't1'), dot('p3', 't2'), dot('p2', 't5'), dot('p1', 't5'));

function dragData(topicId: string) {
  return { dataTransfer: { types: [TOPIC_DRAG_TYPE], getData: (type: string) => (type === TOPIC_DRAG_TYPE ? topicId : ''), dropEffect: 'none' } };
}

describe('agenda editor', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it('draws slots as rows (time order) and spaces as columns, topics in their cells', () => {
    render(<AgendaEditor state={withVotes()} />);
    const rows = within(screen.getByTestId('agenda-editor-grid')).getAllByTestId(/^grid-slot-/);
    expect(rows.map((r) => r.dataset.testid)).toEqual(['grid-slot-sl1', 'grid-slot-sl2']);
    const iroise = screen.getByTestId('grid-space-sp1');
    expect(iroise).toHaveTextContent('Salle Iroise');
    expect(iroise).toHaveTextContent('30 places');
    expect(iroise).toHaveTextContent('Français + arabe');
    expect(iroise).toHaveTextContent('Interprète');
    const cell = screen.getByTestId('cell-sl1-sp1');
    expect(cell).toHaveAttribute('data-topic-id', 't1');
    expect(cell).toHaveTextContent('Sujet t1');
    expect(cell).toHaveTextContent('1 gommette');
    expect(cell).toHaveTextContent('Animé par Amina');
    expect(screen.getByTestId('cell-sl2-sp2')).toHaveTextContent('Sujet t4');
  });

  it('lists visible topics outside the grid as not scheduled', () => {
    render(<AgendaEditor state={withVotes()} />);
    const list = screen.getByTestId('not-scheduled');
    expect(list).toHaveAttribute('data-count', '1');
    expect(within(list).getByTestId('agenda-topic-t5')).toHaveTextContent('2 gommettes');
    expect(within(list).queryByTestId('lock-t5')).not.toBeInTheDocument();
  });

  it('shows the conflict figure in words', () => {
    const { rerender } = render(<AgendaEditor state={withVotes()} />);
    expect(screen.getByTestId('agenda-conflicts')).toHaveAttribute('data-count', '1');
    expect(screen.getByTestId('agenda-conflicts')).toHaveTextContent('1 participant a deux de ses sujets dans le même créneau');
    rerender(<AgendaEditor state={fullSession()} />);
    expect(screen.getByTestId('agenda-conflicts')).toHaveTextContent("Aucun participant n'a deux de ses sujets");
  });

  it('moves a topic to the chosen cell with the "Move to" menu, swapping with the occupant', async () => {
    render(<AgendaEditor state={withVotes()} />);
    const menu = screen.getByLabelText('Déplacer « Sujet t1 » vers');
    expect(menu).toHaveValue('sl1|sp1');
    expect(within(menu).getByRole('option', { name: '14:00–15:00 · Jardin (échanger avec « Sujet t4 »)' })).toBeInTheDocument();
    expect(screen.getByTestId('move-submit-t1')).toBeDisabled();
    await userEvent.selectOptions(menu, '14:00–15:00 · Jardin (échanger avec « Sujet t4 »)');
    await userEvent.click(screen.getByTestId('move-submit-t1'));
    expect(send).toHaveBeenCalledWith({ type: 'moveTopic', topicId: 't1', to: { slotId: 'sl2', spaceId: 'sp2' } });
  });

  it('takes a topic out of the grid with "Not scheduled", and puts one in', async () => {
    render(<AgendaEditor state={withVotes()} />);
    await userEvent.selectOptions(screen.getByTestId('move-select-t2'), 'Non programmé');
    await userEvent.click(screen.getByRole('button', { name: /^Déplacer\s*Sujet t2$/ }));
    expect(send).toHaveBeenLastCalledWith({ type: 'moveTopic', topicId: 't2', to: null });
    await userEvent.selectOptions(screen.getByTestId('move-select-t5'), 'sl2|sp1');
    await userEvent.click(screen.getByTestId('move-submit-t5'));
    expect(send).toHaveBeenLastCalledWith({ type: 'moveTopic', topicId: 't5', to: { slotId: 'sl2', spaceId: 'sp1' } });
  });

  it('moves by drag and drop: onto a cell, and onto the not-scheduled list', () => {
    render(<AgendaEditor state={withVotes()} />);
    const cell = screen.getByTestId('cell-sl2-sp1');
    fireEvent.dragOver(cell, dragData('t5'));
    fireEvent.drop(cell, dragData('t5'));
    expect(send).toHaveBeenLastCalledWith({ type: 'moveTopic', topicId: 't5', to: { slotId: 'sl2', spaceId: 'sp1' } });
    fireEvent.drop(screen.getByTestId('not-scheduled'), dragData('t3'));
    expect(send).toHaveBeenLastCalledWith({ type: 'moveTopic', topicId: 't3', to: null });
    send.mockClear();
    fireEvent.drop(screen.getByTestId('cell-sl1-sp1'), dragData('t1'));
    fireEvent.drop(screen.getByTestId('not-scheduled'), dragData('t5'));
    expect(send).not.toHaveBeenCalled();
  });

  it('locks and unlocks a scheduled topic, and marks locked cells', async () => {
    const { rerender } = render(<AgendaEditor state={withVotes()} />);
    await userEvent.click(screen.getByTestId('lock-t1'));
    expect(send).toHaveBeenCalledWith({ type: 'lockTopic', topicId: 't1', locked: true });
    rerender(<AgendaEditor state={fullSession(locked('t1'))} />);
    expect(screen.getByTestId('cell-sl1-sp1')).toHaveAttribute('data-locked', 'true');
    expect(screen.getByRole('button', { name: /^Verrouiller à cette place\s*Sujet t1$/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('cell-sl1-sp1')).toHaveTextContent('Verrouillé');
    expect(screen.getByTestId('propose-agenda')).toHaveAccessibleDescription(/verrouillés restent à leur place/);
    await userEvent.click(screen.getByTestId('lock-t1'));
    expect(send).toHaveBeenLastCalledWith({ type: 'lockTopic', topicId: 't1', locked: false });
  });

  it('explains a refused move (a convener would be in two places)', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    render(<AgendaEditor state={withVotes()} />);
    await userEvent.selectOptions(screen.getByTestId('move-select-t5'), 'sl1|sp2');
    await userEvent.click(screen.getByTestId('move-submit-t5'));
    expect(await screen.findByTestId('error-message')).toHaveTextContent('serait à deux endroits dans le même créneau');
  });

  it('proposes an agenda and publishes / unpublishes it', async () => {
    const { rerender } = render(<AgendaEditor state={withVotes()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Proposer un programme' }));
    expect(send).toHaveBeenCalledWith({ type: 'proposeAgenda' });
    expect(screen.getByTestId('agenda-published')).toHaveAttribute('data-published', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Publier le programme' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'publishAgenda', published: true });
    rerender(<AgendaEditor state={fullSession(published())} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer la publication' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'publishAgenda', published: false });
  });

  it('explains in plain words how the programme and the groups are made', () => {
    render(<AgendaEditor state={withVotes()} />);
    const text = screen.getByTestId('agenda-explanation');
    expect(text).toHaveTextContent('recuit simulé');
    expect(text).toHaveTextContent('flot de coût minimal');
  });
});
