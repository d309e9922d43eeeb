/** Inputs for eval-gate unit tests: in-memory files shaped like the ones read from disk. */
import { sha256Hex, type InputFile } from '../../src/checks/eval-gate/inputs.js';

export function memoryInput(name: string, content: string | Buffer): InputFile {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, absolute: `/virtual/${name}`, bytes, sha256: sha256Hex(bytes) };
}
