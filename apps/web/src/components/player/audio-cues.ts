/**
 * Short beeps (Web Audio, no files) and vibration at step changes and in the last seconds of a
 * countdown. Browsers only allow audio after a user gesture, so `unlockAudio` is called from the
 * Start and Resume clicks. Everything here fails silently where unsupported.
 */

export type Cue = "tick" | "step" | "finish";

let context: AudioContext | null = null;

export function unlockAudio(): void {
  if (typeof window === "undefined" || !("AudioContext" in window)) return;
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") void context.resume();
  } catch {
    context = null;
  }
}

function tone(frequency: number, startOffset: number, durationS: number): void {
  if (context === null) return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  const start = context.currentTime + startOffset;
  oscillator.type = "sine";
  oscillator.frequency.value = frequency;
  // A quick fade in and out avoids clicks.
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.3, start + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + durationS);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + durationS + 0.02);
}

const VIBRATION: Record<Cue, number | number[]> = {
  tick: 60,
  step: [150, 80, 150],
  finish: [300, 100, 300],
};

export function playCue(cue: Cue): void {
  try {
    if (cue === "tick") tone(660, 0, 0.12);
    if (cue === "step") tone(880, 0, 0.25);
    if (cue === "finish") {
      tone(660, 0, 0.18);
      tone(990, 0.2, 0.35);
    }
    if (typeof navigator !== "undefined" && "vibrate" in navigator) {
      navigator.vibrate(VIBRATION[cue]);
    }
  } catch {
    // Audio or vibration refused (e.g. no user gesture yet); the screen still shows everything.
  }
}
