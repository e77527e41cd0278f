import { closeOnSignals, exitOnStartFailure, loadConfig } from '@cm/config';
import { pino } from 'pino';
import { startWorker } from './server.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
const handle = await startWorker(config, { logger }).catch(exitOnStartFailure('worker'));
closeOnSignals(handle, config.shutdownTimeoutMs, logger);
