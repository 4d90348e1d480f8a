import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from './markdown.ts';
import { proceedingsOf } from './proceedings.ts';
import { EXPORT_NOTES, exportState } from './proceedingsFixture.ts';

const NBSP = '\u00a0';

/** The French book of proceedings of the fixture, without names: the golden text. */
const GOLDEN_FR = `# Session Lab, Bretagne

Actes de l'atelier

- **Question${NBSP}:** Comment mieux vivre "ici" ?
- **Date${NBSP}:** 14 juin 2025
- **Participants${NBSP}:** 4

## Programme

| Créneau | Salle 2 | Salle 10 |
| --- | --- | --- |
| 09:00–10:00 | Accès aux soins, sans papiers | Le "logement" alternatif |
| 10:30–11:30 | =SOMME(A1) | Titres de séjour et délais |

## Groupes

### Accès aux soins, sans papiers

- **Traductions${NBSP}:** en${NBSP}: Healthcare without papers
- **Créneau${NBSP}:** 09:00–10:00, Salle 2
- **Thème${NBSP}:** Santé
- **Participants au groupe${NBSP}:** 1

#### Notes

**Ressources**

https://example.org/soins

### Le "logement" alternatif

- **Traductions${NBSP}:** en${NBSP}: Alternative "housing" \\| co-ops; ar${NBSP}: السكن البديل
- **Créneau${NBSP}:** 09:00–10:00, Salle 10
- **Thème${NBSP}:** Logement
- **Participants au groupe${NBSP}:** 3

#### Notes

**Ce qui a été discuté**

Les loyers sont "trop chers".

\\<script\\>alert(1)\\</script\\> # pas un titre

**Points clés**

\\* Peu de logements vides

#### Propositions

- Créer un fonds régional, géré par les habitants
- Ouvrir les logements vides

#### Prochaines étapes

- Écrire à la mairie

### =SOMME(A1)

- **Créneau${NBSP}:** 10:30–11:30, Salle 2
- **Participants au groupe${NBSP}:** 2

*Pas de notes pour ce groupe.*

### Titres de séjour et délais

- **Créneau${NBSP}:** 10:30–11:30, Salle 10
- **Participants au groupe${NBSP}:** 1

*Pas de notes pour ce groupe.*

## Propositions classées

| Rang | Proposition | Sujet | Gommettes |
| --- | --- | --- | --- |
| 1 | Ouvrir les logements vides | Le "logement" alternatif | 2 |
| 1 | "Permanence" santé, le soir | Accès aux soins, sans papiers | 2 |
| 3 | Créer un fonds régional, géré par les habitants | Le "logement" alternatif | 1 |

## Sujets et votes

| Sujet | Thème | Gommettes |
| --- | --- | --- |
| Le "logement" alternatif (en${NBSP}: Alternative "housing" \\| co-ops; ar${NBSP}: السكن البديل) | Logement | 3 |
| Accès aux soins, sans papiers (en${NBSP}: Healthcare without papers) | Santé | 2 |
| =SOMME(A1) |  | 1 |
| Titres de séjour et délais |  | 0 |
`;

const PSEUDONYMS = ['Amina-Pseudo', 'Jean-Luc-Pseudo', 'Zoé-Pseudo', 'Papier-Pseudo'];

function markdown(includeNames: boolean, lang: 'fr' | 'en' = 'fr') {
  return renderMarkdown(proceedingsOf(exportState(), EXPORT_NOTES, { includeNames, lang, timeZone: 'Europe/Paris' }));
}

describe('renderMarkdown', () => {
  it('prints the fixture exactly (French, without names)', () => {
    expect(markdown(false)).toBe(GOLDEN_FR);
  });

  it('with names, adds each group convener and a convener column, and nothing else', () => {
    const withNames = markdown(true);
    const added = withNames.split('\n').filter((line) => !GOLDEN_FR.split('\n').includes(line));
    expect(added).toEqual([
      `- **Animé par${NBSP}:** Amina-Pseudo`,
      `- **Animé par${NBSP}:** Jean-Luc-Pseudo`,
      `- **Animé par${NBSP}:** Papier-Pseudo`,
      `- **Animé par${NBSP}:** Zoé-Pseudo`,
      '| Sujet | Thème | Animé par | Gommettes |',
      `| Le "logement" alternatif (en${NBSP}: Alternative "housing" \\| co-ops; ar${NBSP}: السكن البديل) | Logement | Jean-Luc-Pseudo | 3 |`,
      `| Accès aux soins, sans papiers (en${NBSP}: Healthcare without papers) | Santé | Amina-Pseudo | 2 |`,
      '| =SOMME(A1) |  | Papier-Pseudo | 1 |',
      '| Titres de séjour et délais |  | Zoé-Pseudo | 0 |',
    ]);
  });

  it('never prints a pseudonym without the flag, in either language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const text = markdown(false, lang);
      for (const name of PSEUDONYMS) expect(text).not.toContain(name);
    }
  });

  it('writes the translations in English with an English colon, and never those of a hidden topic', () => {
    const text = markdown(false, 'en');
    expect(text).toContain('- **Translations:** en: Alternative "housing" \\| co-ops; ar: السكن البديل\n');
    expect(text).toContain('| Accès aux soins, sans papiers (en: Healthcare without papers) | Santé | 2 |');
    expect(text).not.toContain('Hidden translation');
  });

  it('writes its headings and the date in English when asked', () => {
    const text = markdown(false, 'en');
    expect(text).toContain('- **Date:** 14 June 2025');
    for (const heading of ['## Programme', '## Groups', '## Ranked proposals', '## Topics and votes', '#### Next steps']) {
      expect(text).toContain(`\n${heading}\n`);
    }
  });

  it('escapes a pipe in a table cell, and says so when nothing was ranked', () => {
    const p = proceedingsOf(exportState(), EXPORT_NOTES, { includeNames: false, timeZone: 'Europe/Paris' });
    const text = renderMarkdown({ ...p, proposals: [{ rank: 1, text: 'Un | deux', topic: null, slot: null, dots: 4 }] });
    expect(text).toContain('| Rang | Proposition | Sujet | Gommettes |\n| --- | --- | --- | --- |\n| 1 | Un \\| deux |  | 4 |\n');
    expect(renderMarkdown({ ...p, proposals: [] })).toContain('## Propositions classées\n\nAucune proposition classée.\n');
  });

  it.each([
    ['<b>gras</b>', '\\<b\\>gras\\</b\\>'],
    ['# titre', '\\# titre'],
    ['- puce', '\\- puce'],
    ['12. point', '12\\. point'],
    ['[lien](javascript:x)', '\\[lien\\](javascript:x)'],
    ['a_b*c`d', 'a\\_b\\*c\\`d'],
    ['Santé, déjà là', 'Santé, déjà là'],
  ])('escapes %s', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });
});
