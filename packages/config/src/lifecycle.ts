import { type Config, ConfigError, loadConfig } from './config.js';

/** What a service's composition root returns: something to close on shutdown. */
export interface Closable {
  close(): Promise<void>;
}

interface ShutdownLogger {
  info(obj: object, msg: string): void;
  error(obj: object | string, msg?: string): void;
}

/**
 * Starts a service with graceful shutdown on SIGTERM / SIGINT: close the service (stop taking work, finish what is
 * in flight, close connections), then exit; a close that takes longer than `timeoutMs` is cut short with exit code 1.
 *
 * The handlers are set before `start` is called, so a signal while the service starts (connecting, listening) ends
 * it as cleanly as one later: the timeout runs from the signal, the start is waited for, then what it started is
 * closed. A start that fails is not this function's to report: the promise it returns rejects, and the entry file
 * handles that as it would without a signal (`exitOnStartFailure`). One shutdown per process: a second signal of
 * the other kind does nothing, and a second of the same kind, no longer handled, ends the process at once.
 */
export function closeOnSignals<T extends Closable>(
  start: () => Promise<T>,
  timeoutMs: number,
  logger: ShutdownLogger,
): Promise<T> {
  let stopping = false;
  const shutDown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, timeoutMs);
    force.unref();
    started.then(
      (service) =>
        service.close().then(
          () => process.exit(0),
          (err: unknown) => {
            logger.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        ),
      // The entry file reports the failed start and exits.
      () => undefined,
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, shutDown);
  const started = start();
  return started;
}

/** A service could not listen because its port is taken; the message names the variable that moves it. */
export class PortInUseError extends Error {
  constructor(
    readonly variable: 'PORT' | 'WORKER_METRICS_PORT',
    readonly host: string,
    readonly port: number,
  ) {
    super(`${host}:${port} is already in use: stop what listens there, or set ${variable} to a free port.`);
    this.name = 'PortInUseError';
  }
}

/** Turns a listening server's EADDRINUSE into a `PortInUseError`; other errors pass through unchanged. */
export function listenFailure(err: unknown, variable: PortInUseError['variable'], host: string, port: number): Error {
  if ((err as NodeJS.ErrnoException)?.code === 'EADDRINUSE') return new PortInUseError(variable, host, port);
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * For a service's entry file: a start-up failure the operator can fix (a port in use) is one line on stderr and
 * exit code 1, not a stack trace; anything else is rethrown as it is.
 */
export function exitOnStartFailure(service: string): (err: unknown) => never {
  return (err) => {
    if (!(err instanceof PortInUseError)) throw err;
    process.stderr.write(`${service}: ${err.message}\n`);
    process.exit(1);
  };
}

/**
 * For a service's entry file: the configuration, or, when a variable is wrong, the lines that name it on stderr and
 * exit code 1, not a stack trace.
 */
export function configOrExit(service: string): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${service}: ${err.message}\n`);
    process.exit(1);
  }
}
