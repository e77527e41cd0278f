import { missingSharedFiles, REQUIRED, SHARED } from './shared-data.js';

/** Vitest global setup of `pnpm test:corpus`: fails the run, saying which folder it needs, without the data. */
export default function requireShared(): void {
  const missing = missingSharedFiles();
  if (missing.length === 0) return;
  throw new Error(
    `pnpm test:corpus needs the shared data folder beside the repository: ${SHARED}\n` +
      `with ${REQUIRED.map((f) => f.slice(SHARED.length)).join(', ')}.\n` +
      `Missing: ${missing.join(', ')}. (pnpm test runs without it.)`,
  );
}
