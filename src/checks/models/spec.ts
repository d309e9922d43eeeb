/** The models check as --help and the Action know it (implementation: index.ts). */
import type { CheckInfo } from '../types.js';

export const DEFAULT_MODEL_EXCEPTIONS_DIR = 'model-exceptions';

export const MODELS_SPEC: CheckInfo = {
  name: 'models',
  title: 'Model artifacts that run code on load',
  commands: [
    {
      name: ['models'],
      summary:
        'refuse model files that run code when loaded: pickle imports, Keras Lambda layers, bad safetensors headers, ONNX external data leaving the model (no path: the artifact directories)',
      positionals: '[PATH…]',
      options: {
        'deny-pickle': {
          type: 'boolean',
          description:
            'report every pickle-based artifact, suggesting safetensors (models.allow-pickle: false)',
        },
        'exceptions-dir': {
          type: 'string',
          valueName: 'DIR',
          description: `folder of model exceptions, signed or PR-approved like eval-gate exceptions (default ${DEFAULT_MODEL_EXCEPTIONS_DIR})`,
        },
      },
    },
  ],
};
