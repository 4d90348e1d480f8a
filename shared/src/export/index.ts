export * from './archive.ts';
export * from './csv.ts';
export * from './kinds.ts';
export * from './labels.ts';
export * from './markdown.ts';
export * from './printHtml.ts';
export * from './proceedings.ts';
