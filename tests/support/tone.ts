import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A quiet 440 Hz tone as an 8 kHz, 8-bit mono WAV (RIFF PCM), long enough to
 * seek anywhere in a fixture transcript. Generated at test time so no audio
 * is committed; 8 kHz × 1 byte keeps 13 minutes near 6 MB.
 */
export function toneWav(seconds: number, sampleRate = 8000): Buffer {
  const samples = Math.ceil(seconds * sampleRate);
  const wav = Buffer.alloc(44 + samples);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples, 4);
  wav.write("WAVE", 8, "ascii");
  wav.write("fmt ", 12, "ascii");
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate, 28); // byte rate
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) wav[44 + i] = 128 + Math.round(8 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
  return wav;
}

/**
 * Writes the tone where a built site serves its audio. Written to a temporary
 * name and renamed, so test files running side by side never serve half a file.
 */
export async function writeToneWav(path: string, seconds: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, toneWav(seconds));
  await rename(partial, path);
}
