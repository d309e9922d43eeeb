import { InputError } from './errors.js';

/** PIPEGUARD_THREADS: how many threads a large run works on (1: none but this one). */
export function threadsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new InputError(`PIPEGUARD_THREADS must be a whole number of at least 1; got ${value}`);
  }
  return threads;
}
