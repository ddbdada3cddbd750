import { useRef, useState } from 'react';

/**
 * Reading a record, then editing it: "Modifier" moves the focus to the form's first field, and
 * leaving the form (saved or cancelled) moves it back to "Modifier", so the keyboard never loses its place.
 */
export function useEditToggle() {
  const [isEditing, setEditing] = useState(false);
  const sectionRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The element appears once React has rendered the change: look again on each frame, for a few.
  const focusLater = (find: () => HTMLElement | null | undefined, framesLeft = 10): void => {
    requestAnimationFrame(() => {
      const element = find();
      if (element) element.focus();
      else if (framesLeft > 0) focusLater(find, framesLeft - 1);
    });
  };
  return {
    isEditing,
    sectionRef,
    buttonRef,
    start: () => {
      setEditing(true);
      focusLater(() => sectionRef.current?.querySelector<HTMLElement>('input, textarea, select'));
    },
    stop: () => {
      setEditing(false);
      focusLater(() => buttonRef.current);
    },
  };
}
