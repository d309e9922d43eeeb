/** Every way a model artifact can be refused, one rule id each (docs/models.md). */
import type { RuleInfo, Severity } from '../../report/model.js';

export const CHECK = 'models';

export const RULES = {
  'pickle-code-execution': {
    title: 'pickle imports a global that runs code or touches the system',
    help: 'Loading this file (pickle.load, torch.load, joblib.load, np.load(allow_pickle=True)) imports and can call the named global: os, subprocess, builtins.eval / exec / getattr, socket, … Never load it. Re-export the weights as safetensors from a trusted environment.',
    severity: 'critical',
  },
  'pickle-hidden-import': {
    title: 'pickle import that cannot be read statically',
    help: 'A STACK_GLOBAL whose module or name is not a plain string (built by a call, or a very long string), or an EXT1/2/4 extension-registry code: the file hides what it imports. Treat it as malicious.',
    severity: 'critical',
  },
  'pickle-malformed': {
    title: 'malformed or truncated pickle stream',
    help: 'The opcode stream is not one pickle.load accepts all the way through (truncated, unknown opcode, stack underflow, memo read before write) or is too large to analyse. Whatever ran before the break still runs when it is loaded; re-export the artifact.',
    severity: 'critical',
  },
  'pickle-unknown-global': {
    title: 'pickle imports a global outside the allowlist',
    help: 'The global is not one that legitimate torch / numpy / scikit-learn / joblib files reference (docs/models.md lists the allowlist). Review what it does when called; prefer safetensors for weights.',
    severity: 'medium',
  },
  'pickle-not-allowed': {
    title: 'pickle-based artifact (models.allow-pickle: false)',
    help: 'The configuration forbids pickle-based formats: loading one can run code. Save tensors with safetensors (safetensors.torch.save_file / save_model) and estimators as ONNX or skops.',
    severity: 'high',
  },
  unreadable: {
    title: 'model artifact could not be analysed',
    help: 'An archive member is encrypted, too large, or the archive or compression (bz2 / xz / lz4 joblib) cannot be read, so what loading it runs is unknown. Fail closed: re-export it in a readable form.',
    severity: 'critical',
  },
  'keras-lambda': {
    title: 'Keras Lambda layer (Python bytecode)',
    help: 'A Lambda layer stores a Python function (marshalled bytecode in .keras archives) that runs when the model is loaded with safe_mode off, or when it is called. Replace it with a registered custom layer reviewed as code.',
    severity: 'critical',
  },
  'keras-custom-object': {
    title: 'Keras custom object from outside Keras',
    help: 'config.json names a class or function from a module outside Keras: loading imports that module. Make sure it is your reviewed code; critical when the module itself runs commands or I/O.',
    severity: 'medium',
  },
  'keras-malformed': {
    title: '.keras archive without a readable config.json',
    help: 'A .keras file must hold config.json (UTF-8 JSON, bounded size). Re-save it with model.save("x.keras").',
    severity: 'high',
  },
  'safetensors-malformed': {
    title: 'malformed safetensors header',
    help: 'The 8-byte header length, the JSON header, the dtypes, shapes or data_offsets are invalid (offsets outside the file, overlaps, gaps, shape × dtype size ≠ byte length). Loaders disagree on such files; re-save it with the safetensors library.',
    severity: 'high',
  },
  'npy-malformed': {
    title: 'malformed .npy header',
    help: 'The NumPy header is not the documented magic, version, length and dict literal. Re-save it with np.save.',
    severity: 'high',
  },
  'onnx-external-data-escape': {
    title: 'ONNX external data path leaves the model directory',
    help: 'An initializer\'s external_data location is absolute, climbs with "..", or is a symlink out of the model directory: loading reads (and may expose) an arbitrary file. Keep external data files beside the model with plain relative names.',
    severity: 'critical',
  },
  'onnx-external-data-missing': {
    title: 'ONNX external data file is missing',
    help: 'An initializer names an external data file that is not beside the model; the model cannot load as shipped. Copy the data file with the model.',
    severity: 'medium',
  },
  'symlink-escape': {
    title: 'model file is a symlink out of the root',
    help: 'A model path is a symlink to a file outside the scanned root: the loader reads a file neither checksums nor this scan can vouch for. Replace the link with the file.',
    severity: 'critical',
  },
} as const satisfies Record<string, RuleInfo & { severity: Severity }>;

export type RuleId = keyof typeof RULES;
