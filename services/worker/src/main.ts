import { closeOnSignals, exitOnStartFailure, loadConfig } from '@cm/config';
import { pino } from 'pino';
import { startWorker } from './server.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
void startWorker(config, { logger }).then(
  (handle) => closeOnSignals(handle, config.shutdownTimeoutMs, logger),
  exitOnStartFailure('worker'),
);
