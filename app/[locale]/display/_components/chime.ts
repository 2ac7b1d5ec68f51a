"use client";

/**
 * The call chime, synthesised with the Web Audio API (no sound file to ship): two soft
 * bell tones, high then low, like a station announcement. Browsers start audio only after
 * a person interacts with the page, so `unlock()` must run inside a tap or click; a screen
 * whose browser allows autoplay (Chromium's --autoplay-policy=no-user-gesture-required)
 * is ready at once.
 */
export type Chime = {
  /** True when sound can play now. */
  readonly ready: boolean;
  /** Call from a user gesture; resolves to `ready`. */
  unlock(): Promise<boolean>;
  play(): void;
  /** Runs whenever the browser starts or suspends audio; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  close(): void;
};

const TONES = [
  { frequency: 659.25, at: 0 }, // E5
  { frequency: 523.25, at: 0.55 }, // C5
];

export function createChime(): Chime {
  const AudioContextClass: typeof AudioContext | undefined =
    typeof window === "undefined" ? undefined : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  let context: AudioContext | null = null;
  try {
    context = AudioContextClass ? new AudioContextClass() : null;
  } catch {
    context = null;
  }
  const listeners = new Set<() => void>();
  if (context) context.onstatechange = () => listeners.forEach((listener) => listener());

  const bell = (ctx: AudioContext, frequency: number, start: number) => {
    const gain = ctx.createGain();
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.5, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.6);
    gain.connect(ctx.destination);
    // A bell: the fundamental with a quieter octave above.
    for (const [multiple, level] of [
      [1, 1],
      [2, 0.25],
    ] as const) {
      const partial = ctx.createGain();
      partial.gain.value = level;
      partial.connect(gain);
      const oscillator = ctx.createOscillator();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency * multiple;
      oscillator.connect(partial);
      oscillator.start(start);
      oscillator.stop(start + 1.7);
    }
  };

  return {
    get ready() {
      return context?.state === "running";
    },
    async unlock() {
      if (!context) return false;
      try {
        await context.resume();
      } catch {
        return false;
      }
      return context.state === "running";
    },
    play() {
      if (!context || context.state !== "running") return;
      const start = context.currentTime + 0.05;
      for (const tone of TONES) bell(context, tone.frequency, start + tone.at);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      void context?.close().catch(() => undefined);
    },
  };
}
