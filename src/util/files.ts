import { readFileSync } from 'node:fs';

/** The file's bytes, or null when it does not exist; any other failure is the caller's to report. */
export function readFileIfExists(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
