import { type VerdictTone } from './desk-outcome';

interface Note {
  /** Hz; the second value glides to it. */
  freq: number;
  to?: number;
  ms: number;
  wave: OscillatorType;
}

/**
 * One short shape per verdict, told apart by pitch and rhythm, not only by loudness: rising
 * pair = admit, two equal beeps = already in, low falling buzz = refuse, three quick high
 * notes = read the note. Colour and words on screen remain the signal; these only help
 * someone looking at the queue rather than at the screen.
 */
const melodies: Record<VerdictTone, Note[]> = {
  admit: [
    { freq: 880, ms: 90, wave: 'sine' },
    { freq: 1320, ms: 130, wave: 'sine' },
  ],
  repeat: [
    { freq: 660, ms: 110, wave: 'triangle' },
    { freq: 0, ms: 70, wave: 'sine' },
    { freq: 660, ms: 110, wave: 'triangle' },
  ],
  refuse: [{ freq: 300, to: 150, ms: 380, wave: 'square' }],
  attention: [
    { freq: 1175, ms: 70, wave: 'triangle' },
    { freq: 0, ms: 40, wave: 'sine' },
    { freq: 1175, ms: 70, wave: 'triangle' },
    { freq: 0, ms: 40, wave: 'sine' },
    { freq: 1175, ms: 70, wave: 'triangle' },
  ],
};

const VOLUME = 0.12;
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return null;
  context ??= new window.AudioContext();
  // Browsers start audio suspended until a user gesture; the toggle and scans are gestures.
  if (context.state === 'suspended') void context.resume();
  return context;
}

/** Plays the verdict's tone, made on the device (no audio files); silent where WebAudio is missing. */
export function playVerdictSound(tone: VerdictTone): void {
  const ctx = audio();
  if (!ctx) return;
  let at = ctx.currentTime + 0.01;
  for (const note of melodies[tone]) {
    const seconds = note.ms / 1000;
    if (note.freq > 0) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = note.wave;
      osc.frequency.setValueAtTime(note.freq, at);
      if (note.to) osc.frequency.linearRampToValueAtTime(note.to, at + seconds);
      // Short ramps in and out: no clicks.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(VOLUME, at + 0.01);
      gain.gain.setValueAtTime(VOLUME, at + seconds - 0.02);
      gain.gain.linearRampToValueAtTime(0, at + seconds);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + seconds);
    }
    at += seconds;
  }
}
