import { describe, expect, it } from 'vitest';
import { renderProposalsCsv, renderTopicsCsv } from './csv.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPrintHtml } from './printHtml.ts';
import { proceedingsOf } from './proceedings.ts';
import { EXPORT_NOTES, exportState } from './proceedingsFixture.ts';
import { exportFileName, slugOf } from './kinds.ts';

const options = { includeNames: false, timeZone: 'Europe/Paris' } as const;

describe('proceedingsOf', () => {
  it('counts everyone who joined, phone or paper, and dates the session in its language', () => {
    const p = proceedingsOf(exportState(), [], options);
    expect(p.participants).toBe(4);
    expect(p.date).toBe('14 juin 2025');
    expect(proceedingsOf(exportState(), [], { ...options, lang: 'en' }).date).toBe('14 June 2025');
  });

  it('lists groups slot by slot, rooms by name, with their headcount as attendees', () => {
    const p = proceedingsOf(exportState(), EXPORT_NOTES, options);
    expect(p.groups.map((g) => [g.slot, g.space, g.title, g.attendees])).toEqual([
      ['09:00–10:00', 'Salle 2', 'Accès aux soins, sans papiers', 1],
      ['09:00–10:00', 'Salle 10', 'Le "logement" alternatif', 3],
      ['10:30–11:30', 'Salle 2', '=SOMME(A1)', 2],
      ['10:30–11:30', 'Salle 10', 'Titres de séjour\net délais', 1],
    ]);
  });

  it('splits proposals and next steps into items, bullets off', () => {
    const group = proceedingsOf(exportState(), EXPORT_NOTES, options).groups[1];
    expect(group?.proposals).toEqual(['Créer un fonds régional, géré par les habitants', 'Ouvrir les logements vides']);
    expect(group?.nextSteps).toEqual(['Écrire à la mairie']);
    expect(group?.notes.map((n) => n.section)).toEqual(['discussed', 'keyPoints']);
  });

  it('leaves hidden topics out, their notes too', () => {
    const p = proceedingsOf(exportState(), EXPORT_NOTES, options);
    const everything = JSON.stringify(p);
    expect(everything).not.toContain('Sujet masqué');
    expect(everything).not.toContain('Ne doit pas paraître');
    expect(everything).not.toContain('Hidden translation');
  });

  it('gives each topic and group its language and its translations in the order of the languages list, never who translated', () => {
    const p = proceedingsOf(exportState(), EXPORT_NOTES, { ...options, includeNames: true });
    const housing = p.topics.find((t) => t.title === 'Le "logement" alternatif');
    expect(housing).toMatchObject({ language: 'fr', translations: [{ language: 'en', title: 'Alternative "housing" | co-ops' }, { language: 'ar', title: 'السكن البديل' }] });
    expect(p.groups[1]?.translations).toEqual(housing?.translations);
    expect(p.topics.find((t) => t.title === '=SOMME(A1)')).toMatchObject({ language: null, translations: [] });
    expect(JSON.stringify(p.topics)).not.toContain('translatorId');
  });

  it('keeps the notes of a group that left the grid, after the others', () => {
    const moved = { slotId: 'sl2', topicId: 't1', sections: { discussed: 'Avant le changement', keyPoints: '', proposals: '', nextSteps: '', resources: '' } };
    const p = proceedingsOf(exportState(), [...EXPORT_NOTES, moved], options);
    expect(p.groups.at(-1)).toMatchObject({ title: 'Accès aux soins, sans papiers', slot: '10:30–11:30', space: null, attendees: 0 });
  });

  it('names conveners only when asked; merged topics list each proposer', () => {
    expect(proceedingsOf(exportState(), [], options).topics.every((t) => t.conveners.length === 0)).toBe(true);
    const named = proceedingsOf(exportState(), [], { ...options, includeNames: true });
    expect(named.topics.map((t) => t.conveners)).toEqual([['Jean-Luc-Pseudo'], ['Amina-Pseudo'], ['Papier-Pseudo'], ['Zoé-Pseudo']]);
  });

  it('no format ever holds an id, the join code, or a pseudonym without the flag', () => {
    const p = proceedingsOf(exportState(), EXPORT_NOTES, options);
    const outputs = [renderMarkdown(p), renderTopicsCsv(p), renderProposalsCsv(p), renderPrintHtml(p)];
    for (const output of outputs) {
      for (const secret of ['session1', 'ABC234', 'paper1', 'Pseudo', '"sl1"', 'th1']) expect(output).not.toContain(secret);
    }
  });
});

describe('file names', () => {
  it.each([
    ['Session Lab, Bretagne', 'session-lab-bretagne'],
    ['Santé & logement !', 'sante-logement'],
    ['  ', 'forum-ouvert'],
    ['مرحبا', 'forum-ouvert'],
    ['Œuvre ÇA', 'uvre-ca'],
  ])('%j → %j', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  it('are the title slug, the creation date and the kind', () => {
    const state = exportState();
    expect(exportFileName(state, 'proceedings.docx', 'Europe/Paris')).toBe('session-lab-bretagne-2025-06-14-proceedings.docx');
    expect(exportFileName({ title: 'x'.repeat(200), createdAt: state.createdAt }, 'archive.json', 'UTC')).toBe(`${'x'.repeat(60)}-2025-06-14-archive.json`);
  });
});
