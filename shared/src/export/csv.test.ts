import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvOf, renderProposalsCsv, renderTopicsCsv } from './csv.ts';
import { proceedingsOf } from './proceedings.ts';
import { EXPORT_NOTES, exportState } from './proceedingsFixture.ts';

function proceedings(includeNames: boolean, lang: 'fr' | 'en' = 'fr') {
  return proceedingsOf(exportState(), EXPORT_NOTES, { includeNames, lang, timeZone: 'Europe/Paris' });
}

/** The records of a file: BOM off, split on CRLF (a bare LF inside quotes stays in its field). */
function records(csv: string): string[] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(BOM.length, -2).split('\r\n');
}

describe('topics CSV', () => {
  it('without names: BOM, header, one record per visible topic by dots, RFC 4180 quoting, CRLF', () => {
    expect(renderTopicsCsv(proceedings(false))).toBe(
      BOM +
        'Titre,Traductions,Thème,Gommettes,Créneau,Salle,Participants au groupe\r\n' +
        '"Le ""logement"" alternatif","en\u00a0: Alternative ""housing"" | co-ops; ar\u00a0: السكن البديل",Logement,3,09:00–10:00,Salle 10,3\r\n' +
        '"Accès aux soins, sans papiers",en\u00a0: Healthcare without papers,Santé,2,09:00–10:00,Salle 2,1\r\n' +
        "'=SOMME(A1),,,1,10:30–11:30,Salle 2,2\r\n" +
        '"Titres de séjour\net délais",,,0,10:30–11:30,Salle 10,1\r\n',
    );
  });

  it('with names: a convener column holding the pseudonyms', () => {
    expect(records(renderTopicsCsv(proceedings(true)))).toEqual([
      'Titre,Traductions,Thème,Animé par,Gommettes,Créneau,Salle,Participants au groupe',
      '"Le ""logement"" alternatif","en\u00a0: Alternative ""housing"" | co-ops; ar\u00a0: السكن البديل",Logement,Jean-Luc-Pseudo,3,09:00–10:00,Salle 10,3',
      '"Accès aux soins, sans papiers",en\u00a0: Healthcare without papers,Santé,Amina-Pseudo,2,09:00–10:00,Salle 2,1',
      "'=SOMME(A1),,,Papier-Pseudo,1,10:30–11:30,Salle 2,2",
      '"Titres de séjour\net délais",,,Zoé-Pseudo,0,10:30–11:30,Salle 10,1',
    ]);
  });

  it('an unscheduled topic has empty slot, room and attendees', () => {
    const p = proceedings(false, 'en');
    const topic = { title: 'Seul', language: null, translations: [], theme: null, conveners: [], dots: 0, slot: null, space: null, attendees: null };
    const csv = renderTopicsCsv({ ...p, topics: [topic] });
    expect(records(csv)).toEqual(['Title,Translations,Theme,Dots,Time slot,Room,People in the group', 'Seul,,,0,,,']);
  });
});

describe('proposals CSV', () => {
  it('ranks the convergence vote by dots, ties sharing a rank and keeping the list order', () => {
    expect(renderProposalsCsv(proceedings(false))).toBe(
      BOM +
        'Rang,Proposition,Sujet,Créneau,Gommettes\r\n' +
        '1,Ouvrir les logements vides,"Le ""logement"" alternatif",09:00–10:00,2\r\n' +
        '1,"""Permanence"" santé, le soir","Accès aux soins, sans papiers",09:00–10:00,2\r\n' +
        '3,"Créer un fonds régional, géré par les habitants","Le ""logement"" alternatif",09:00–10:00,1\r\n',
    );
  });

  it('a proposal whose topic is gone keeps its text; a formula-like text is defused', () => {
    const p = proceedings(false, 'en');
    const csv = renderProposalsCsv({ ...p, proposals: [{ rank: 1, text: '@mairie "vite"', topic: null, slot: null, dots: 0 }] });
    expect(records(csv)).toEqual(['Rank,Proposal,Topic,Time slot,Dots', `1,"'@mairie ""vite""",,,0`]);
    expect(renderProposalsCsv({ ...p, proposals: [] })).toBe(`${BOM}Rank,Proposal,Topic,Time slot,Dots\r\n`);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Élodie à Brest', 'Élodie à Brest'],
    ['=1+1', "'=1+1"],
    ['+33 6', "'+33 6"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['', ''],
  ])('%j → %j', (raw, field) => {
    expect(csvField(raw)).toBe(field);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvOf(['n', 'x'], [[-3, null]])).toBe(`${BOM}n,x\r\n-3,\r\n`);
  });
});
