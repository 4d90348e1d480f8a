import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isolate } from '../../i18n/bidi.ts';
import { NoteSectionField } from './NoteSectionField.tsx';

/** Another phone: a doc of its own, up to date with ours, its changes delivered to ours as an update from the server. */
function otherPhone(doc: Y.Doc) {
  const other = new Y.Doc();
  return (change: (text: Y.Text) => void) => {
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
    const before = Y.encodeStateVector(other);
    change(other.getText('proposals'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), 'remote');
  };
}

function setup(admit: (bytes: number) => boolean = () => true) {
  const doc = new Y.Doc();
  const text = doc.getText('proposals');
  render(<NoteSectionField section="proposals" text={text} readOnly={false} writers={[]} admit={admit} />);
  const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Propositions' });
  return { doc, text, field, user: userEvent.setup() };
}

describe('NoteSectionField', () => {
  it('writes what is typed into its Y.Text, as small edits at the caret', async () => {
    const { text, field, user } = setup();
    await user.type(field, 'Bonjour');
    expect(text.toString()).toBe('Bonjour');
    field.setSelectionRange(3, 3);
    await user.keyboard('s');
    expect(text.toString()).toBe('Bonsjour');
    await user.keyboard('{Backspace}{Backspace}');
    expect(text.toString()).toBe('Bojour');
  });

  it('shows a change from another phone and keeps the caret where the person was typing', async () => {
    const { doc, text, field, user } = setup();
    const remote = otherPhone(doc);
    await user.type(field, 'un vote');
    remote((t) => t.insert(0, 'Idée : '));
    field.setSelectionRange(9, 9); // after "Idée : un"
    remote((t) => t.insert(0, '1. '));
    expect(field.value).toBe('1. Idée : un vote');
    expect([field.selectionStart, field.selectionEnd]).toEqual([12, 12]);

    remote((t) => t.insert(t.length, ' local'));
    expect(field.value).toBe('1. Idée : un vote local');
    expect([field.selectionStart, field.selectionEnd]).toEqual([12, 12]);
    remote((t) => t.delete(0, 3));
    expect([field.selectionStart, field.selectionEnd]).toEqual([9, 9]);

    await user.keyboard('e');
    expect(text.toString()).toBe('Idée : une vote local');
    expect(field.value).toBe(text.toString());
  });

  it('keeps the text as it was when the notes are full', async () => {
    const { text, field, user } = setup((bytes) => bytes < 3);
    await user.type(field, 'ab');
    await user.click(field);
    await user.paste('trop long');
    expect(text.toString()).toBe('ab');
    expect(field.value).toBe('ab');
  });

  it('is read-only for a reader', () => {
    const doc = new Y.Doc();
    doc.getText('keyPoints').insert(0, 'Déjà écrit');
    render(<NoteSectionField section="keyPoints" text={doc.getText('keyPoints')} readOnly writers={['Amina']} admit={() => true} />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Points clés' });
    expect(field).toHaveAttribute('readonly');
    expect(field.value).toBe('Déjà écrit');
    expect(screen.getByTestId('notes-writers-keyPoints')).toHaveTextContent(`${isolate('Amina')} écrit…`);
  });
});
