import { closeOnSignals, configOrExit, exitOnStartFailure } from '@cm/config';
import { pino } from 'pino';
import { startWorker } from './server.js';

const config = configOrExit('worker');
const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
void closeOnSignals(() => startWorker(config, { logger }), config.shutdownTimeoutMs, logger).catch(
  exitOnStartFailure('worker'),
);
