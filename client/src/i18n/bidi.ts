/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode bidi, UAX #9). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps what someone typed before it goes into a translated sentence, so it keeps its own direction:
 * an Arabic title inside « » in a French sentence, or a French title ending in "?" inside an Arabic
 * one, no longer drags the quotes, brackets or punctuation around it to the wrong side. The same
 * job as `dir="auto"` on an element, for text inside a string.
 */
export function isolate(userText: string): string {
  return `${FSI}${userText}${PDI}`;
}
