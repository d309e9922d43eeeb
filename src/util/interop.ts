/**
 * A CommonJS module's default export, whichever loader imported it: Node's ESM loader hands over
 * `module.exports` (with `.default` on it when the module was compiled from ESM), the bundler
 * hands over `exports.default` itself.
 */
export function interopDefault<T>(module: unknown): T {
  return ((module as { default?: unknown }).default ?? module) as T;
}
