import { closeOnSignals, configOrExit, exitOnStartFailure } from '@cm/config';
import { pino } from 'pino';
import { startApi } from './server.js';

const config = configOrExit('api');
const logger = pino({ level: config.logLevel, base: { service: 'api' } });
const api = await startApi(config, { logger }).catch(exitOnStartFailure('api'));
closeOnSignals(api, config.shutdownTimeoutMs, logger);
