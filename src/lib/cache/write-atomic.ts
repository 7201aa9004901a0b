import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes a cache file so that it is either whole or absent: to a temporary
 * name (ending in `.tmp`, which no cache reader takes) first, renamed into
 * place once written. A build killed mid-write (Ctrl-C, a machine out of
 * memory) so never leaves a truncated file under a name the next build
 * would trust.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}
