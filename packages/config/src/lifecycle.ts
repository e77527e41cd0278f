/** What a service's composition root returns: something to close on shutdown. */
export interface Closable {
  close(): Promise<void>;
}

interface ShutdownLogger {
  info(obj: object, msg: string): void;
  error(obj: object | string, msg?: string): void;
}

/**
 * Graceful shutdown on SIGTERM / SIGINT: close the service (stop taking work, finish what is in flight, close
 * connections), then exit; a close that takes longer than `timeoutMs` is cut short with exit code 1.
 */
export function closeOnSignals(service: Closable, timeoutMs: number, logger: ShutdownLogger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        logger.error('shutdown timed out; exiting');
        process.exit(1);
      }, timeoutMs);
      force.unref();
      service.close().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
