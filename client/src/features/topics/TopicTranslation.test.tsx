import { LIMITS } from '@forum-ouvert/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../net/commands.ts';
import { created, joined, phase, sessionFrom } from '../../test/fixtures.ts';
import { ModerationPanel } from '../facilitator/ModerationPanel.tsx';
import { MarketplaceView } from '../participant/MarketplaceView.tsx';
import { VotingView } from '../participant/VotingView.tsx';
import { proposedIn, translated } from './translationFixtures.ts';

vi.mock('../../net/commands.ts', () => ({ sendCommand: vi.fn() }));
const send = vi.mocked(sendCommand);

const DARI = 'کار برای زنان';
const base = [created(), joined('p1', 'Farid'), joined('p2', 'Claire'), joined('p3', 'Sam'), phase('marketplace')] as const;
const [first, ...rest] = base;

/** Claire (p2) reads French; Farid (p1) proposed t1 in Dari, Claire proposed t2 in French. */
function marketplace(...more: Parameters<typeof sessionFrom>[1][]) {
  const state = sessionFrom(first, ...rest, proposedIn('t1', 'p1', 'fa', DARI), proposedIn('t2', 'p2', 'fr', 'Logement'), ...more);
  return render(<MarketplaceView state={state} me="p2" />);
}

describe('translating a topic from a phone', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it('offers "translate into my language" only under a topic in another language with no translation yet', () => {
    marketplace();
    expect(screen.getByTestId('translate-t1')).toHaveTextContent('Traduire dans ma langue (Français)');
    expect(screen.getByTestId('translate-t1')).toHaveAccessibleName(`Traduire dans ma langue (Français) ${DARI}`);
    expect(screen.queryByTestId('translate-t2')).not.toBeInTheDocument();
  });

  it('opens an inline form with the original above one field, and sends translateTopic in the reader’s language', async () => {
    marketplace();
    await userEvent.click(screen.getByTestId('translate-t1'));
    const form = screen.getByTestId('translate-form-t1');
    expect(within(form).getByText(DARI)).toHaveAttribute('lang', 'fa');
    const field = within(form).getByLabelText('Titre traduit (Français)');
    expect(field).toHaveAttribute('maxlength', String(LIMITS.topicTitleMax));
    expect(field).toHaveFocus();
    await userEvent.type(field, '  Du travail pour les femmes ');
    expect(within(form).getByText(`29 / ${LIMITS.topicTitleMax} caractères`)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la traduction' }));
    expect(send).toHaveBeenCalledWith({ type: 'translateTopic', topicId: 't1', language: 'fr', title: 'Du travail pour les femmes' });
    expect(await screen.findByText('Traduction enregistrée. Merci !')).toBeInTheDocument();
    expect(screen.queryByTestId('translate-form-t1')).not.toBeInTheDocument();
  });

  it('sends nothing for an empty translation, and shows a refusal in words', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'CONFLICT' } });
    marketplace();
    await userEvent.click(screen.getByTestId('translate-t1'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la traduction' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Écrivez le titre traduit.');
    expect(send).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Titre traduit (Français)'), 'Travail');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la traduction' }));
    expect(await screen.findByTestId('error-message')).toHaveAttribute('data-code', 'CONFLICT');
    expect(screen.getByLabelText('Titre traduit (Français)')).toHaveValue('Travail');
  });

  it('hides the action once someone else translated the topic into the reader’s language', () => {
    marketplace(translated('t1', 'fr', 'Travail des femmes', 'p3'));
    expect(screen.getByTestId('topic-translation-t1')).toHaveTextContent('Travail des femmes');
    expect(screen.queryByTestId('translate-t1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('edit-translation-t1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('remove-translation-t1')).not.toBeInTheDocument();
  });

  it('lets the translator edit (from their text) or remove their own translation', async () => {
    marketplace(translated('t1', 'fr', 'Travail des femmes', 'p2'));
    expect(screen.queryByTestId('translate-t1')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('edit-translation-t1'));
    const field = screen.getByLabelText('Titre traduit (Français)');
    expect(field).toHaveValue('Travail des femmes');
    await userEvent.clear(field);
    await userEvent.type(field, 'Du travail pour les femmes');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la traduction' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'translateTopic', topicId: 't1', language: 'fr', title: 'Du travail pour les femmes' });

    await userEvent.click(await screen.findByTestId('remove-translation-t1'));
    await userEvent.click(screen.getByTestId('remove-translation-t1-confirm'));
    expect(send).toHaveBeenLastCalledWith({ type: 'removeTopicTranslation', topicId: 't1', language: 'fr' });
  });

  it('is offered during the vote too', () => {
    const state = sessionFrom(first, ...rest, proposedIn('t1', 'p1', 'fa', DARI), phase('voting'));
    render(<VotingView state={state} me="p2" />);
    expect(screen.getByTestId('translate-t1')).toBeInTheDocument();
  });
});

describe('moderating translations', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ ok: true, version: 9 });
  });

  it('lists every translation of a topic with its translator, and removes any one', async () => {
    const state = sessionFrom(
      first,
      ...rest,
      proposedIn('t1', 'p1', 'fa', DARI),
      translated('t1', 'fr', 'Travail des femmes', 'p2'),
      translated('t1', 'en', 'Work for women', null),
    );
    render(<ModerationPanel state={state} />);
    const list = screen.getByTestId('translations-t1');
    expect(within(list).getByTestId('translation-t1-fr')).toHaveTextContent('Français');
    expect(within(list).getByTestId('translation-t1-fr')).toHaveTextContent('Travail des femmes');
    expect(within(list).getByTestId('translation-t1-fr')).toHaveTextContent('par Claire');
    expect(within(list).getByTestId('translation-t1-en')).toHaveTextContent("par l'animation");
    expect(within(list).getByText('Work for women')).toHaveAttribute('lang', 'en');
    await userEvent.click(within(list).getByRole('button', { name: 'Retirer la traduction Français Travail des femmes' }));
    expect(send).toHaveBeenCalledWith({ type: 'removeTopicTranslation', topicId: 't1', language: 'fr' });
  });

  it('shows no list for a topic without translations', () => {
    render(<ModerationPanel state={sessionFrom(first, ...rest, proposedIn('t1', 'p1', 'fa', DARI))} />);
    expect(screen.queryByTestId('translations-t1')).not.toBeInTheDocument();
  });
});
