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
