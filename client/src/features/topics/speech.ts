/**
 * The browser's speech synthesis, when there is one. Old phones and some browsers have none, or
 * have it with no voice for Dari or Tigrinya: the listen button then stays out of the way.
 */
export function speechSynthesisOf(): SpeechSynthesis | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  if (typeof window.SpeechSynthesisUtterance !== 'function') return null;
  return window.speechSynthesis;
}

/** `fa-IR`, `fa_AF` and `FA` all speak `fa`: voices name their language in several ways. */
function primaryTag(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

/**
 * A voice for the language, or null. A voice on the device comes first: it keeps speaking when
 * the meeting room's Wi-Fi does not, where a network voice would fall silent.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const matching = voices.filter((voice) => primaryTag(voice.lang) === primaryTag(language));
  return (
    matching.find((v) => v.localService && v.default) ??
    matching.find((v) => v.localService) ??
    matching.find((v) => v.default) ??
    matching[0] ??
    null
  );
}

/** Voices load after the page on most browsers: `voiceschanged` says when the list changed. */
export function subscribeToVoices(onChange: () => void): () => void {
  const synth = speechSynthesisOf();
  if (!synth || typeof synth.addEventListener !== 'function') return () => undefined;
  synth.addEventListener('voiceschanged', onChange);
  return () => synth.removeEventListener('voiceschanged', onChange);
}

export function hasVoiceFor(language: string): boolean {
  const synth = speechSynthesisOf();
  return synth !== null && voiceFor(synth.getVoices(), language) !== null;
}
