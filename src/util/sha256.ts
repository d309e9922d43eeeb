/**
 * SHA-256 of a string's UTF-8 bytes, as hex. `crypto.hash` (Node ≥ 20.12) hashes in one call,
 * about half the time of createHash + update + digest: fingerprints are computed for every
 * finding, thousands in one report. Older Node 20 releases take the stream path.
 */
import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;
const oneShot = (crypto as { hash?: OneShotHash }).hash;

export function sha256Hex(text: string): string {
  return oneShot
    ? oneShot('sha256', text, 'hex')
    : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
