import { loadConfig } from '@cm/config';
import { pino } from 'pino';
import { startWorker } from './server.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
const handle = await startWorker(config, { logger });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    handle.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
