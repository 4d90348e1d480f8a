import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.ts';
import { created, joined, phase, sessionFrom } from '../../test/fixtures.ts';
import { TopicWall } from '../projector/TopicWall.tsx';
import { TopicCard } from './TopicCard.tsx';
import { proposedIn, translated } from './translationFixtures.ts';

const DARI = 'کار برای زنان';
const state = sessionFrom(
  created(),
  joined('p1', 'Farid'),
  joined('p2', 'Claire'),
  joined('p3', 'Sam'),
  phase('marketplace'),
  proposedIn('t1', 'p1', 'fa', DARI),
  translated('t1', 'fr', 'Du travail pour les femmes', 'p2'),
  translated('t1', 'en', 'Work for women', 'p3'),
  proposedIn('t2', 'p2', 'fr', 'Logement'),
  translated('t2', 'fa', 'مسکن', 'p1'),
);
const topic = (id: string) => {
  const found = state.topics[id];
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};

function renderCard(id: string) {
  render(<TopicCard topic={topic(id)} theme={undefined} tally={null} />);
  return screen.getByTestId(`topic-${id}`);
}

describe('a topic title with its translation', () => {
  it('shows the original, marked with its language, and the translation into the reader’s language only', () => {
    const card = renderCard('t1');
    const heading = within(card).getByRole('heading', { level: 3 });
    expect(heading).toHaveTextContent(DARI);
    expect(heading).toHaveAttribute('lang', 'fa');
    expect(heading).toHaveAttribute('dir', 'auto');
    const translation = within(card).getByTestId('topic-translation-t1');
    expect(translation).toHaveTextContent('Traduction (Français) Du travail pour les femmes');
    expect(within(translation).getByText('Du travail pour les femmes')).toHaveAttribute('lang', 'fr');
    expect(card).not.toHaveTextContent('Work for women');
    // The card is still named by its original title, as the other tests and screen readers find it.
    expect(card).toHaveAccessibleName(DARI);
  });

  it('follows the reader: in English, the English translation', async () => {
    await i18n.changeLanguage('en');
    const card = renderCard('t1');
    expect(await within(card).findByTestId('topic-translation-t1')).toHaveTextContent('Translation (English) Work for women');
    expect(card).not.toHaveTextContent('Du travail pour les femmes');
  });

  it('shows no translation to someone reading the topic’s own language, nor where none exists for theirs', async () => {
    renderCard('t2');
    expect(screen.queryByTestId('topic-translation-t2')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'fr');
    await act(() => i18n.changeLanguage('fa'));
    expect(await screen.findByTestId('topic-translation-t2')).toHaveTextContent('مسکن');
    await act(() => i18n.changeLanguage('uk'));
    await waitFor(() => expect(screen.queryByTestId('topic-translation-t2')).not.toBeInTheDocument());
  });

  it('on the projector wall, in the projector’s language', () => {
    render(<TopicWall state={state} />);
    const wallTopic = screen.getByTestId('topic-t1');
    expect(within(wallTopic).getByText(DARI)).toHaveAttribute('lang', 'fa');
    expect(within(wallTopic).getByTestId('topic-translation-t1')).toHaveTextContent('Du travail pour les femmes');
    expect(screen.queryByTestId('topic-translation-t2')).not.toBeInTheDocument();
  });
});
