import { describe, expect, it } from 'vitest';
import { escapeHtml, renderPrintHtml } from './printHtml.ts';
import { proceedingsOf } from './proceedings.ts';
import { EXPORT_NOTES, exportState } from './proceedingsFixture.ts';

function page(includeNames: boolean, lang: 'fr' | 'en' = 'fr') {
  return renderPrintHtml(proceedingsOf(exportState(), EXPORT_NOTES, { includeNames, lang, timeZone: 'Europe/Paris' }));
}

describe('renderPrintHtml', () => {
  it('is a standalone page in the language asked, with a print stylesheet and no script', () => {
    const html = page(false, 'en');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).toMatch(/@media print \{[^]*@page \{ size: A4;/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(page(false, 'fr')).toContain('<html lang="fr">');
  });

  it('holds every part: facts, agenda grid, groups, ranked proposals, topics with votes', () => {
    const html = page(false);
    for (const part of [
      '<h1>Session Lab, Bretagne</h1>',
      '<dt>Date</dt><dd>14 juin 2025</dd>',
      '<dt>Participants</dt><dd>4</dd>',
      '<h2>Programme</h2>',
      '<thead><tr><th scope="col">Créneau</th><th scope="col">Salle 2</th><th scope="col">Salle 10</th></tr></thead>',
      '<h2 class="section">Groupes</h2>',
      '<h3 lang="fr" dir="auto">Le &quot;logement&quot; alternatif</h3>',
      '<dt>Traductions</dt><dd>en\u00a0: <span lang="en" dir="auto">Alternative &quot;housing&quot; | co-ops</span>; ar\u00a0: <span lang="ar" dir="auto">السكن البديل</span></dd>',
      '<ul><li>Créer un fonds régional, géré par les habitants</li><li>Ouvrir les logements vides</li></ul>',
      '<h2 class="section">Propositions classées</h2>',
      '<tr><td class="number">1</td><td>&quot;Permanence&quot; santé, le soir</td><td>Accès aux soins, sans papiers</td><td class="number">2</td></tr>',
      '<h2>Sujets et votes</h2>',
      '<td><span lang="fr" dir="auto">Accès aux soins, sans papiers</span><span class="translations">(en\u00a0: <span lang="en" dir="auto">Healthcare without papers</span>)</span></td><td>Santé</td><td class="number">2</td>',
      '<td><span dir="auto">=SOMME(A1)</span></td>',
    ]) {
      expect(html).toContain(part);
    }
  });

  it('escapes what people typed', () => {
    const html = page(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; # pas un titre');
    expect(html).not.toContain('<script>');
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('names conveners only with the flag', () => {
    expect(page(false)).not.toMatch(/Pseudo|Animé par/);
    expect(page(true)).toContain('<dt>Animé par</dt><dd>Amina-Pseudo</dd>');
    expect(page(true)).toContain('<th scope="col">Animé par</th>');
  });
});
