/**
 * Player keyboard shortcuts: Space pauses or resumes, → skips, ← goes back. Keys typed into
 * form fields, pressed inside a dialog, or Space on a focused button (which presses that
 * button) are left to the browser.
 */
import { useEffect, useEffectEvent } from "react";

export interface PlayerKeyHandlers {
  onToggle: () => void;
  onSkip: () => void;
  onBack: () => void;
}

function isTypingTarget(target: Element): boolean {
  return target.closest("input, textarea, select, [contenteditable='true'], dialog") !== null;
}

function isPressable(target: Element): boolean {
  return target.closest("button, a[href], summary, [role='button']") !== null;
}

export function usePlayerKeys({ onToggle, onSkip, onBack }: PlayerKeyHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : document.body;
    if (isTypingTarget(target)) return;
    if (event.key === " " || event.code === "Space") {
      if (isPressable(target)) return;
      event.preventDefault();
      if (!event.repeat) onToggle();
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      if (!event.repeat) onSkip();
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      if (!event.repeat) onBack();
    }
  });

  useEffect(() => {
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
