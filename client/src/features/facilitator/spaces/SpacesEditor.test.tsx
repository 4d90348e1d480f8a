import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../net/commands.ts';
import { fullSession } from '../../../test/agendaFixtures.ts';
import { SpacesEditor } from './SpacesEditor.tsx';

vi.mock('../../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

describe('spaces editor', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 2 });
  });

  it('lists the rooms with their seats, language and interpreter', () => {
    render(<SpacesEditor state={fullSession()} />);
    const iroise = screen.getByTestId('space-sp1');
    expect(iroise).toHaveTextContent('Salle Iroise');
    expect(iroise).toHaveTextContent('30 places');
    expect(iroise).toHaveTextContent('Français + arabe');
    expect(iroise).toHaveTextContent('interprète');
    expect(screen.getByTestId('space-sp2')).not.toHaveTextContent('interprète');
  });

  it('adds a room: name, seats, working language, interpreter', async () => {
    render(<SpacesEditor state={fullSession()} />);
    await userEvent.type(screen.getByLabelText('Nom de la salle'), 'Salle Ouessant');
    await userEvent.type(screen.getByLabelText('Nombre de places'), '25');
    await userEvent.type(screen.getByLabelText('Langue de travail (facultatif)'), 'Français + arabe');
    await userEvent.click(screen.getByLabelText('Un interprète est présent'));
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter la salle' }));
    expect(send).toHaveBeenCalledWith({
      type: 'addSpace',
      space: { name: 'Salle Ouessant', capacity: 25, language: 'Français + arabe', interpreter: true },
    });
    expect(screen.getByLabelText('Nom de la salle')).toHaveValue('');
  });

  it('refuses a room without seats before sending anything', async () => {
    render(<SpacesEditor state={fullSession()} />);
    await userEvent.type(screen.getByLabelText('Nom de la salle'), 'Hall');
    await userEvent.type(screen.getByLabelText('Nombre de places'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter la salle' }));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nombre de places')).toHaveAttribute('aria-invalid', 'true');
    // Numbers in sentences follow the language: French groups thousands with a narrow space.
    expect(screen.getByTestId('space-add-problem')).toHaveTextContent('entre 1 et 2 000');
  });

  it('says what a CONFLICT means when adding', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    render(<SpacesEditor state={fullSession()} />);
    await userEvent.type(screen.getByLabelText('Nom de la salle'), 'Jardin');
    await userEvent.type(screen.getByLabelText('Nombre de places'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter la salle' }));
    expect(await screen.findByTestId('error-message')).toHaveTextContent('une salle porte déjà ce nom');
  });

  it('edits a room in place and sends the whole space with its id', async () => {
    render(<SpacesEditor state={fullSession()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Modifier\s*Jardin$/ }));
    const form = within(screen.getByTestId('space-edit-form-sp2'));
    const seats = form.getByLabelText('Nombre de places');
    expect(seats).toHaveValue(2);
    await userEvent.clear(seats);
    await userEvent.type(seats, '12');
    await userEvent.click(form.getByRole('button', { name: 'Enregistrer la salle' }));
    expect(send).toHaveBeenCalledWith({
      type: 'updateSpace',
      space: { id: 'sp2', name: 'Jardin', capacity: 12, language: 'Français', interpreter: false },
    });
    expect(screen.queryByTestId('space-edit-form-sp2')).not.toBeInTheDocument();
  });

  it('removes a room after confirmation', async () => {
    render(<SpacesEditor state={fullSession()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Supprimer\s*Salle Iroise$/ }));
    expect(send).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('space-remove-sp1-confirm'));
    expect(send).toHaveBeenCalledWith({ type: 'removeSpace', spaceId: 'sp1' });
  });
});
