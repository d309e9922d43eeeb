/** Inputs for eval-gate unit tests: in-memory files shaped like the ones read from disk. */
import type { InputFile } from '../../src/checks/eval-gate/inputs.js';
import { sha256Hex } from '../../src/util/sha256.js';

export function memoryInput(name: string, content: string | Buffer): InputFile {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, absolute: `/virtual/${name}`, bytes, sha256: sha256Hex(bytes) };
}
