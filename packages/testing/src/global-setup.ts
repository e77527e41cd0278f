import { prepareTemplate } from './databases.js';

/** Vitest global setup: migrate the template database once for the whole run. */
export default async function setup(): Promise<void> {
  await prepareTemplate();
}
