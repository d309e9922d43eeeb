/** SSH signatures (SSHSIG) and allowed_signers, verified offline with node:crypto only. */
export * from './wire.js';
export * from './keys.js';
export * from './signature.js';
export * from './allowed-signers.js';
