import { closeOnSignals, configOrExit, exitOnStartFailure } from '@cm/config';
import { pino } from 'pino';
import { startApi } from './server.js';

const config = configOrExit('api');
const logger = pino({ level: config.logLevel, base: { service: 'api' } });
void closeOnSignals(() => startApi(config, { logger }), config.shutdownTimeoutMs, logger).catch(
  exitOnStartFailure('api'),
);
