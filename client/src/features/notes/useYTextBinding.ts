import { useEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';
import { utf8Bytes } from './bytes.ts';
import { mapIndex, textChange } from './textChange.ts';

/** Origin of the field's own edits, so its observer does not write them back. */
const FIELD = 'notes-field';

export interface BindingOptions {
  /** Asked before an edit is applied; false keeps the text as it was (the notes are full). */
  admit: (bytes: number) => boolean;
  onEdit?: () => void;
}

/**
 * Binds an uncontrolled textarea to a Y.Text. Typing becomes the smallest delete + insert, in one
 * transaction; a change from elsewhere rewrites the textarea and moves the caret with the text
 * around it, so nobody's typing jumps. An IME composition is applied once it is complete.
 */
export function useYTextBinding(text: Y.Text, ref: RefObject<HTMLTextAreaElement | null>, options: BindingOptions) {
  const composing = useRef(false);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.value = text.toString();
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === FIELD) return;
      const { selectionStart, selectionEnd, selectionDirection } = field;
      const focused = field.ownerDocument.activeElement === field;
      field.value = text.toString();
      if (focused) field.setSelectionRange(mapIndex(selectionStart, event.delta), mapIndex(selectionEnd, event.delta), selectionDirection);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, ref]);

  const apply = () => {
    const field = ref.current;
    if (!field || composing.current || !text.doc) return;
    const before = text.toString();
    const change = textChange(before, field.value, field.selectionEnd);
    if (!change) return;
    if (!latest.current.admit(utf8Bytes(change.insert))) {
      field.value = before;
      field.setSelectionRange(change.index, change.index);
      return;
    }
    text.doc.transact(() => {
      if (change.remove > 0) text.delete(change.index, change.remove);
      if (change.insert) text.insert(change.index, change.insert);
    }, FIELD);
    latest.current.onEdit?.();
  };

  return {
    onChange: apply,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
      apply();
    },
  };
}
