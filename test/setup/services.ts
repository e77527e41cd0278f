import { fileURLToPath } from 'node:url';
import { type ApiHandle, startApi } from '@cm/api';
import { provideServices } from '@cm/testing';
import { startWorker, type WorkerHandle } from '@cm/worker';

/**
 * Vitest set-up file: hands the services' start functions to `harness()`, so that `@cm/testing` (which the
 * services use for their tests) imports no service.
 */
declare module '@cm/testing' {
  interface ServiceTypes {
    api: ApiHandle;
    worker: WorkerHandle;
  }
}

provideServices({
  startApi,
  startWorker,
  workerMain: fileURLToPath(new URL('../../services/worker/src/main.ts', import.meta.url)),
});
