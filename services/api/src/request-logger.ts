import type { Bindings, Level, Logger } from 'pino';

/** What a route logs through: four levels, each called as `(object, message)`. */
export interface RequestLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * A request's logger: its lines carry the request's bindings, as `logger.child(bindings)`'s do, but the child is
 * made on the first line actually written. At the production level most requests write none, and a pino child
 * per request would serialise its bindings to JSON for nothing.
 */
export class LazyChildLogger implements RequestLogger {
  private child: Logger | undefined;

  constructor(
    private readonly base: Logger,
    private readonly bindings: Bindings,
  ) {}

  debug(obj: object, msg?: string): void {
    this.write('debug', obj, msg);
  }

  info(obj: object, msg?: string): void {
    this.write('info', obj, msg);
  }

  warn(obj: object, msg?: string): void {
    this.write('warn', obj, msg);
  }

  error(obj: object, msg?: string): void {
    this.write('error', obj, msg);
  }

  private write(level: Level, obj: object, msg: string | undefined): void {
    if (!this.base.isLevelEnabled(level)) return;
    this.child ??= this.base.child(this.bindings);
    this.child[level](obj, msg);
  }
}
