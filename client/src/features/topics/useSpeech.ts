import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { hasVoiceFor, speechSynthesisOf, subscribeToVoices, voiceFor } from './speech.ts';

export interface Speech {
  /** Whether this browser can read aloud in the language now (it has a voice for it). */
  available: boolean;
  speaking: boolean;
  /** Reads the texts one after the other; while they are being read, stops instead. */
  toggle: (texts: readonly string[]) => void;
}

/** Reading aloud in one language, for people who read little: one press reads, a second stops. */
export function useSpeech(language: string): Speech {
  const available = useSyncExternalStore(subscribeToVoices, () => hasVoiceFor(language), () => false);
  const [speaking, setSpeaking] = useState(false);
  // The utterances this hook queued; empty when it is silent. A ref, so a stale render cannot restart them.
  const queued = useRef<SpeechSynthesisUtterance[]>([]);

  const stop = useCallback(() => {
    if (queued.current.length === 0) return;
    queued.current = [];
    setSpeaking(false);
    speechSynthesisOf()?.cancel();
  }, []);

  // Leaving the page (or the topic leaving the list) stops what it was reading.
  useEffect(() => stop, [stop]);

  const toggle = useCallback(
    (texts: readonly string[]) => {
      const synth = speechSynthesisOf();
      if (!synth) return;
      if (queued.current.length > 0) {
        stop();
        return;
      }
      // One voice at a time: whatever another button was reading stops here.
      synth.cancel();
      const voice = voiceFor(synth.getVoices(), language);
      const utterances = texts
        .filter((text) => text.trim().length > 0)
        .map((text) => {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.lang = language;
          if (voice) utterance.voice = voice;
          return utterance;
        });
      const last = utterances.at(-1);
      if (!last) return;
      const finished = (utterance: SpeechSynthesisUtterance) => () => {
        if (!queued.current.includes(utterance)) return;
        queued.current = [];
        setSpeaking(false);
      };
      for (const utterance of utterances) utterance.onerror = finished(utterance);
      last.onend = finished(last);
      queued.current = utterances;
      setSpeaking(true);
      for (const utterance of utterances) synth.speak(utterance);
    },
    [language, stop],
  );

  return { available, speaking, toggle };
}
