import type { NoteSection } from '../model/notes.ts';

/** Languages the proceedings are written in; chosen by the `lang` query parameter, French by default. */
export const EXPORT_LANGS = ['fr', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];
export const DEFAULT_EXPORT_LANG: ExportLang = 'fr';

/**
 * The words of the exports. Kept here rather than in the client's locales because the server
 * writes the files; a small table per language, complete for each (the type makes a gap a
 * compile error).
 */
export interface ExportLabels {
  /** BCP 47 tag for Intl and for the `lang` of the print page and the DOCX. */
  locale: string;
  /** Between a label and its value: French puts a no-break space before the colon. */
  colon: string;
  proceedings: string;
  question: string;
  date: string;
  participants: string;
  agenda: string;
  noAgenda: string;
  slot: string;
  space: string;
  groups: string;
  noGroups: string;
  topic: string;
  theme: string;
  conveners: string;
  attendees: string;
  notes: string;
  noNotes: string;
  sections: Record<NoteSection, string>;
  rankedProposals: string;
  noProposals: string;
  rank: string;
  proposal: string;
  dots: string;
  topicsWithVotes: string;
  noTopics: string;
  title: string;
  /** A topic's title in other languages, added by readers. */
  translations: string;
  printHint: string;
  /** Stands in for a pseudonym in an archive exported without names: `Participant 3`. */
  anonymousParticipant: (n: number) => string;
}

export const EXPORT_LABELS: Record<ExportLang, ExportLabels> = {
  fr: {
    locale: 'fr-FR',
    colon: '\u00a0:',
    proceedings: "Actes de l'atelier",
    question: 'Question',
    date: 'Date',
    participants: 'Participants',
    agenda: 'Programme',
    noAgenda: "Aucun programme n'a été établi.",
    slot: 'Créneau',
    space: 'Salle',
    groups: 'Groupes',
    noGroups: "Aucun groupe ne s'est réuni.",
    topic: 'Sujet',
    theme: 'Thème',
    conveners: 'Animé par',
    attendees: 'Participants au groupe',
    notes: 'Notes',
    noNotes: 'Pas de notes pour ce groupe.',
    sections: {
      discussed: 'Ce qui a été discuté',
      keyPoints: 'Points clés',
      proposals: 'Propositions',
      nextSteps: 'Prochaines étapes',
      resources: 'Ressources',
    },
    rankedProposals: 'Propositions classées',
    noProposals: 'Aucune proposition classée.',
    rank: 'Rang',
    proposal: 'Proposition',
    dots: 'Gommettes',
    topicsWithVotes: 'Sujets et votes',
    noTopics: 'Aucun sujet.',
    title: 'Titre',
    translations: 'Traductions',
    printHint: "Pour obtenir un PDF, utilisez la commande Imprimer du navigateur (Ctrl+P) et choisissez « Enregistrer au format PDF ».",
    anonymousParticipant: (n) => `Participant ${n}`,
  },
  en: {
    locale: 'en-GB',
    colon: ':',
    proceedings: 'Workshop proceedings',
    question: 'Question',
    date: 'Date',
    participants: 'Participants',
    agenda: 'Programme',
    noAgenda: 'No programme was set.',
    slot: 'Time slot',
    space: 'Room',
    groups: 'Groups',
    noGroups: 'No group met.',
    topic: 'Topic',
    theme: 'Theme',
    conveners: 'Convened by',
    attendees: 'People in the group',
    notes: 'Notes',
    noNotes: 'No notes for this group.',
    sections: {
      discussed: 'What was discussed',
      keyPoints: 'Key points',
      proposals: 'Proposals',
      nextSteps: 'Next steps',
      resources: 'Resources',
    },
    rankedProposals: 'Ranked proposals',
    noProposals: 'No ranked proposal.',
    rank: 'Rank',
    proposal: 'Proposal',
    dots: 'Dots',
    topicsWithVotes: 'Topics and votes',
    noTopics: 'No topics.',
    title: 'Title',
    translations: 'Translations',
    printHint: 'To get a PDF, use the browser’s Print command (Ctrl+P) and choose “Save as PDF”.',
    anonymousParticipant: (n) => `Participant ${n}`,
  },
};

export function labelsFor(lang: ExportLang): ExportLabels {
  return EXPORT_LABELS[lang];
}
