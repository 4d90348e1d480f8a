import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { proceedingsOf } from '@forum-ouvert/shared';
// The same fixture as the Markdown and CSV golden tests (shared/src/export/*.test.ts).
import { EXPORT_NOTES, exportState } from '../../shared/src/export/proceedingsFixture.ts';
import { proceedingsDocx } from '../../server/src/exports/proceedingsDocx.ts';

async function documentXml(includeNames: boolean, lang: 'fr' | 'en' = 'fr'): Promise<string> {
  const buffer = await proceedingsDocx(proceedingsOf(exportState(), EXPORT_NOTES, { includeNames, lang, timeZone: 'Europe/Paris' }));
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('No word/document.xml');
  return xml;
}

/** Paragraphs of the body as `[style, text]`, entities decoded. */
function paragraphs(xml: string): [string, string][] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : (t[1] ?? '')))
      .join('')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    return [style, text];
  });
}

const headings = (xml: string, style: string) => paragraphs(xml).filter(([s]) => s === style).map(([, text]) => text);

describe('proceedings as DOCX', () => {
  it('has the title, the part headings and one heading per group, in order', async () => {
    const xml = await documentXml(false);
    expect(headings(xml, 'Title')).toEqual(['Session Lab, Bretagne']);
    expect(headings(xml, 'Heading1')).toEqual(['Programme', 'Groupes', 'Propositions classées', 'Sujets et votes']);
    expect(headings(xml, 'Heading2')).toEqual([
      'Accès aux soins, sans papiers',
      'Le "logement" alternatif',
      '=SOMME(A1)',
      'Titres de séjour\net délais',
    ]);
    expect(headings(xml, 'Heading3')).toEqual(['Notes', 'Notes', 'Propositions', 'Prochaines étapes']);
  });

  it('holds the agenda grid as a table, the proposals as a list, the notes as typed', async () => {
    const xml = await documentXml(false);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    const texts = paragraphs(xml).map(([, text]) => text);
    expect(texts).toEqual(expect.arrayContaining(['Créneau', 'Salle 2', 'Salle 10', '09:00–10:00', '10:30–11:30']));
    expect(texts).toEqual(expect.arrayContaining(['Créer un fonds régional, géré par les habitants', 'Ouvrir les logements vides', 'Écrire à la mairie']));
    expect(texts).toContain('Les loyers sont "trop chers".\n\n<script>alert(1)</script> # pas un titre');
    expect(texts).toContain('Date\u00a0: 14 juin 2025');
    expect(texts).toEqual(expect.arrayContaining(['Rang', '"Permanence" santé, le soir', '3']));
    expect(xml).toContain('<w:numPr>');
  });

  it('names conveners only with the flag, and leaves the hidden topic out', async () => {
    const without = await documentXml(false);
    expect(without).not.toMatch(/Pseudo|Animé par|Sujet masqué|Ne doit pas paraître/);
    const named = paragraphs(await documentXml(true)).map(([, text]) => text);
    expect(named).toContain('Animé par\u00a0: Amina-Pseudo');
  });

  it('lists each topic’s translations under its group heading and beside its title in the topics table', async () => {
    const texts = paragraphs(await documentXml(false)).map(([, text]) => text);
    expect(texts).toContain('Traductions\u00a0: en\u00a0: Alternative "housing" | co-ops; ar\u00a0: السكن البديل');
    expect(texts).toContain('Accès aux soins, sans papiers (en\u00a0: Healthcare without papers)');
    expect(texts.join('\n')).not.toContain('Hidden translation');
  });

  it('is written in the language asked', async () => {
    const xml = await documentXml(false, 'en');
    expect(headings(xml, 'Heading1')).toEqual(['Programme', 'Groups', 'Ranked proposals', 'Topics and votes']);
  });
});
