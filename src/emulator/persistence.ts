/**
 * The `--data` file: identities, every API's state and the clock offset, as
 * one JSON document written atomically (temp file + fsync + rename), so a
 * crash mid-write leaves either the old or the new file, never half of one.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { EmulatorIdentities } from './types';

export const DATA_FILE_VERSION = 1;

export interface EmulatorDataFile {
  readonly version: number;
  readonly identities: EmulatorIdentities;
  /** By api name. */
  readonly states: Record<string, unknown>;
  /** Time shift applied with `advance()` on a real clock. */
  readonly clockOffsetMs?: number;
}

export function readDataFile(file: string): EmulatorDataFile | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`emulator data file ${file} is not valid JSON (${(err as Error).message}); move it away to start fresh`);
  }
  const doc = parsed as Partial<EmulatorDataFile> | null;
  if (!doc || typeof doc !== 'object' || doc.version !== DATA_FILE_VERSION || !doc.identities || typeof doc.states !== 'object' || doc.states === null) {
    throw new Error(`emulator data file ${file} is not a version ${DATA_FILE_VERSION} cloudbridge emulator file; move it away to start fresh`);
  }
  return doc as EmulatorDataFile;
}

/** Write `content` to `file` atomically. */
export function writeFileAtomic(file: string, content: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file is already gone
    }
    throw err;
  }
  // Make the rename itself durable where the platform allows it.
  try {
    const dirFd = openSync(dirname(file), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // directories cannot be fsynced on every platform
  }
}
