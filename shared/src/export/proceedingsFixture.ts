import type { StoredEvent } from '../events/events.ts';
import { evolve, initialState } from '../events/evolve.ts';
import type { GroupNotes, NoteSection } from '../model/notes.ts';
import type { SessionState } from '../model/session.ts';
import { created, ev } from '../testing/fixtures.ts';

/**
 * The workshop the export golden tests print. Titles carry what CSV and Markdown must quote or
 * escape (commas, quotes, a line break, accents, a would-be formula); pseudonyms are marked so a
 * test can tell they are absent. Two rooms whose names sort numerically ("Salle 2" before
 * "Salle 10"), two slots, a hidden topic with notes that must not print, and a
 * convergence vote with a tie. Two topics were written in French and translated by readers (one
 * translation holds a pipe and quotes); the hidden topic's translation must not print either.
 */
export const EXPORT_STORY: StoredEvent[] = [
  created({
    title: 'Session Lab, Bretagne',
    question: 'Comment mieux vivre "ici" ?',
    themes: [
      { name: 'Santé', icon: 'health' },
      { name: 'Logement', icon: 'housing' },
    ],
  }),
  ev.joined('p1', 'Amina-Pseudo'),
  ev.joined('p2', 'Jean-Luc-Pseudo'),
  ev.joined('p3', 'Zoé-Pseudo'),
  ev.paperJoined('paper1', 'Papier-Pseudo'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1', { title: 'Accès aux soins, sans papiers', themeId: 'th1', language: 'fr' }),
  ev.proposed('t2', 'p2', { title: 'Le "logement" alternatif', themeId: 'th2', language: 'fr' }),
  ev.proposed('t3', 'p3', { title: 'Titres de séjour\net délais' }),
  ev.proposed('t4', 'paper1', { title: '=SOMME(A1)', enteredByFacilitator: true }),
  ev.proposed('t5', 'p1', { title: 'Sujet masqué' }),
  ev.hidden('t5'),
  ev.translated('t2', 'ar', 'p1', 'السكن البديل'),
  ev.translated('t2', 'en', 'p3', 'Alternative "housing" | co-ops'),
  ev.translated('t1', 'en', null, 'Healthcare without papers'),
  ev.translated('t5', 'en', 'p1', 'Hidden translation'),
  ev.phase('voting'),
  ev.dot('p1', 't2'),
  ev.dot('p2', 't1'),
  ev.dot('p2', 't2'),
  ev.dot('p3', 't1'),
  ev.dot('p3', 't2'),
  ev.dot('paper1', 't4', true),
  ev.phase('agenda'),
  ev.spaceAdded('sp1', 'Salle 10', 10),
  ev.spaceAdded('sp2', 'Salle 2', 5),
  ev.slotAdded('sl1', '09:00', '10:00'),
  ev.slotAdded('sl2', '10:30', '11:30'),
  ev.agenda(['t2', 'sl1', 'sp1'], ['t1', 'sl1', 'sp2'], ['t3', 'sl2', 'sp1'], ['t4', 'sl2', 'sp2']),
  ev.published(),
  ev.phase('breakouts'),
  ev.assigned({
    sl1: { p1: 't2', p2: 't2', p3: 't1', paper1: 't2' },
    sl2: { p1: 't3', p2: 't4', p3: 't4' },
  }),
  ev.phase('closing'),
  ev.convergenceOpened(
    ['pr1', 'sl1', 't2', 'Créer un fonds régional, géré par les habitants'],
    ['pr2', 'sl1', 't2', 'Ouvrir les logements vides'],
    ['pr3', 'sl1', 't1', '"Permanence" santé, le soir'],
  ),
  ev.proposalDot('p1', 'pr2'),
  ev.proposalDot('p2', 'pr2'),
  ev.proposalDot('p3', 'pr1'),
  ev.proposalDot('p1', 'pr3'),
  ev.proposalDot('p2', 'pr3'),
  ev.convergenceClosed(),
];

export function exportState(): SessionState {
  const [first, ...rest] = EXPORT_STORY;
  if (first?.type !== 'SessionCreated') throw new Error('The story starts with SessionCreated');
  return rest.reduce((s, event) => evolve(s, event, s.version + 1), evolve(initialState(first), first, 1));
}

const EMPTY: Record<NoteSection, string> = { discussed: '', keyPoints: '', proposals: '', nextSteps: '', resources: '' };

/** Notes of three groups: a full one, one with resources only, and one of the hidden topic. */
export const EXPORT_NOTES: GroupNotes[] = [
  {
    slotId: 'sl1',
    topicId: 't2',
    sections: {
      discussed: 'Les loyers sont "trop chers".\n\n<script>alert(1)</script> # pas un titre',
      keyPoints: '* Peu de logements vides',
      proposals: '- Créer un fonds régional, géré par les habitants\n- Ouvrir les logements vides\n\n',
      nextSteps: '1. Écrire à la mairie',
      resources: '',
    },
  },
  { slotId: 'sl1', topicId: 't1', sections: { ...EMPTY, resources: 'https://example.org/soins' } },
  { slotId: 'sl2', topicId: 't5', sections: { ...EMPTY, discussed: 'Ne doit pas paraître' } },
];
