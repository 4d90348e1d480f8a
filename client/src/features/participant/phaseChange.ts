import type { PhaseId } from '@forum-ouvert/shared';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Input types that are tapped, not typed in: moving focus away from them loses nothing. */
const TAPPED_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

/** Whether the person is typing or choosing in a field that focus must not be taken from. */
export function isTypingIn(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element instanceof HTMLInputElement) return !TAPPED_INPUTS.has(element.type);
  return element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || element.isContentEditable;
}

/**
 * What the phone's one polite live region says: nothing on arrival (the page is read anyway),
 * then "New stage: Voting. Put your dots…" each time the phase changes. Kept as the words of
 * the moment, so a later change of language does not announce the stage again.
 */
export function usePhaseAnnouncement(phase: PhaseId | null): string {
  const { t } = useTranslation();
  const [seen, setSeen] = useState(phase);
  const [message, setMessage] = useState('');
  if (phase !== seen) {
    setSeen(phase);
    if (seen !== null && phase !== null) {
      setMessage(t('a11y.phaseChanged', { phase: t(`phases.${phase}.name`), hint: t(`phases.${phase}.participantHint`) }));
    }
  }
  return message;
}

/**
 * Moves focus to the new main heading when the phase changes, so keyboard and screen reader
 * users start from the top of what is new; never while the person is typing in a field.
 */
export function useFocusOnPhaseChange(phase: PhaseId, heading: RefObject<HTMLElement | null>): void {
  const previous = useRef(phase);
  useEffect(() => {
    if (previous.current === phase) return;
    previous.current = phase;
    if (isTypingIn(document.activeElement)) return;
    heading.current?.focus();
  }, [phase, heading]);
}
