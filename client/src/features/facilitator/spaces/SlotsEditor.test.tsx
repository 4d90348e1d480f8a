import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../net/commands.ts';
import { fullSession } from '../../../test/agendaFixtures.ts';
import { SlotsEditor } from './SlotsEditor.tsx';
import { slotMinutes } from './slotDraft.ts';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

function setTimes(scope: HTMLElement, start: string, end: string) {
  fireEvent.change(within(scope).getByLabelText('Début'), { target: { value: start } });
  fireEvent.change(within(scope).getByLabelText('Fin'), { target: { value: end } });
}

describe('slots editor', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 2 });
  });

  it('lists slots in time order, whatever order they were added in', () => {
    render(<SlotsEditor state={fullSession()} />);
    const items = within(screen.getByTestId('slots-editor')).getAllByTestId(/^slot-sl/);
    expect(items.map((i) => i.dataset.testid)).toEqual(['slot-sl1', 'slot-sl2']);
    expect(items[0]).toHaveTextContent('10:00 – 11:00');
  });

  it('adds a slot from two time inputs', async () => {
    render(<SlotsEditor state={fullSession()} />);
    const form = screen.getByTestId('slot-add');
    expect(within(form).getByLabelText('Début')).toHaveAttribute('type', 'time');
    setTimes(form, '16:00', '16:45');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le créneau' }));
    expect(send).toHaveBeenCalledWith({ type: 'addSlot', times: { start: '16:00', end: '16:45' } });
  });

  it.each([
    ['', '', 'missing', 'Indiquez une heure de début'],
    ['12:00', '11:30', 'order', "L'heure de fin doit venir après"],
    ['10:30', '11:30', 'overlap', 'chevauche un autre créneau'],
  ])('refuses %s–%s (%s) without sending', async (start, end, problem, words) => {
    render(<SlotsEditor state={fullSession()} />);
    setTimes(screen.getByTestId('slot-add'), start, end);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le créneau' }));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('slot-add-problem')).toHaveAttribute('data-problem', problem);
    expect(screen.getByTestId('slot-add-problem')).toHaveTextContent(words);
  });

  it('edits a slot (it may overlap its own old times) and removes one', async () => {
    render(<SlotsEditor state={fullSession()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Modifier\s*10:00 – 11:00$/ }));
    const form = screen.getByTestId('slot-edit-form-sl1');
    setTimes(form, '10:15', '11:15');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer le créneau' }));
    expect(send).toHaveBeenCalledWith({ type: 'updateSlot', slotId: 'sl1', times: { start: '10:15', end: '11:15' } });
    await userEvent.click(screen.getByRole('button', { name: /^Supprimer\s*14:00 – 15:00$/ }));
    await userEvent.click(screen.getByTestId('slot-remove-sl2-confirm'));
    expect(send).toHaveBeenLastCalledWith({ type: 'removeSlot', slotId: 'sl2' });
  });

  it('measures a slot in minutes', () => {
    expect(slotMinutes({ start: '14:00', end: '14:45' })).toBe(45);
    expect(slotMinutes({ start: '09:30', end: '11:00' })).toBe(90);
  });
});
