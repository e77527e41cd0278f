import { randomBytes } from 'node:crypto';
import { dropTemplate, prepareTemplate } from './databases.js';

/** Vitest global setup: migrate this run's template database once; drop it when the run ends. */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.CM_TEST_TEMPLATE ??= `cm_test_template_${randomBytes(4).toString('hex')}`;
  await prepareTemplate();
  return dropTemplate;
}
