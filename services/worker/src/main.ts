import { closeOnSignals, configOrExit, exitOnStartFailure } from '@cm/config';
import { pino } from 'pino';
import { startWorker } from './server.js';

const config = configOrExit('worker');
const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
void startWorker(config, { logger }).then(
  (handle) => closeOnSignals(handle, config.shutdownTimeoutMs, logger),
  exitOnStartFailure('worker'),
);
