/**
 * Keras v3 `.keras` archives: `config.json` describes every layer and object by `module`,
 * `class_name` and `registered_name`. A `Lambda` layer carries Python bytecode (marshalled, base64
 * in `function.config.code`) that runs when the model is loaded without safe_mode; any object
 * whose module is not Keras' own is a custom object whose code the loader imports.
 */
import { judgeGlobal } from './globals.js';

export interface KerasFinding {
  kind: 'lambda' | 'custom-object';
  severity: 'critical' | 'medium';
  /** JSON Pointer to the object in config.json. */
  pointer: string;
  message: string;
}

const KERAS_MODULES =
  /^(keras|tf_keras|tensorflow\.keras|keras_core|keras_nlp|keras_hub|keras_cv)(\.|$)/;
const MAX_NODES = 1_000_000;

export function judgeKerasConfig(config: unknown): KerasFinding[] {
  const findings: KerasFinding[] = [];
  let nodes = 0;
  const visit = (value: unknown, pointer: string, depth: number): void => {
    if (++nodes > MAX_NODES || depth > 200) {
      throw new Error('config.json is too large or too deeply nested to judge');
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`, depth + 1));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Record<string, unknown>;
    const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
    const module = typeof obj.module === 'string' ? obj.module : undefined;
    if (className === 'Lambda' || className === '__lambda__') {
      const bytecode = className === '__lambda__' || hasLambdaBytecode(obj);
      findings.push({
        kind: 'lambda',
        severity: 'critical',
        pointer,
        message: bytecode
          ? `${className} carries marshalled Python bytecode that runs when the model loads`
          : `Lambda layer: its function is Python code the loader runs`,
      });
    } else if (className === 'function' && module !== undefined && !KERAS_MODULES.test(module)) {
      const judged = judgeGlobal(module, typeof obj.config === 'string' ? obj.config : 'function');
      findings.push({
        kind: 'custom-object',
        severity: judged.verdict === 'critical' ? 'critical' : 'medium',
        pointer,
        message: `serialized function from module ${module}${judged.verdict === 'critical' ? ` (${judged.reason})` : ''}`,
      });
    } else if (module !== undefined && className !== undefined && !KERAS_MODULES.test(module)) {
      const judged = judgeGlobal(module, className);
      findings.push({
        kind: 'custom-object',
        severity: judged.verdict === 'critical' ? 'critical' : 'medium',
        pointer,
        message: `custom object ${module}.${className}${typeof obj.registered_name === 'string' ? ` (registered as ${obj.registered_name})` : ''}: loading imports its code${judged.verdict === 'critical' ? `; ${judged.reason}` : ''}`,
      });
    }
    for (const [key, child] of Object.entries(obj))
      visit(child, `${pointer}/${escapePointer(key)}`, depth + 1);
  };
  visit(config, '', 0);
  return findings;
}

function hasLambdaBytecode(obj: Record<string, unknown>): boolean {
  const config = obj.config as Record<string, unknown> | undefined;
  const fn = config?.function;
  if (typeof fn === 'object' && fn !== null) {
    const inner = (fn as Record<string, unknown>).config;
    return typeof inner === 'object' && inner !== null && 'code' in inner;
  }
  return Array.isArray(fn) || typeof fn === 'string';
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
