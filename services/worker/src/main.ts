import { closeOnSignals, loadConfig } from '@cm/config';
import { pino } from 'pino';
import { startWorker } from './server.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
const handle = await startWorker(config, { logger });
closeOnSignals(handle, config.shutdownTimeoutMs, logger);
