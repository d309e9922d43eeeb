/**
 * Node's on-disk compile cache (Node >= 22.1; a no-op on Node 20) for the CLI, which runs often
 * and briefly (pre-commit runs it per hook): chunks load from cached bytecode instead of being
 * parsed again. The cache lives in the user's own cache directory, never in a shared temp
 * directory where another user could plant entries. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
import module from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

export function compileCacheDir(env: Env): string | undefined {
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : '';
  const home = homedir();
  const base = xdg || (path.isAbsolute(home) ? path.join(home, '.cache') : undefined);
  return base ? path.join(base, 'pipeguard', 'compile-cache') : undefined;
}

export function enableCompileCache(env: Env): void {
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  const dir = compileCacheDir(env);
  if (!enable || !dir || env.NODE_DISABLE_COMPILE_CACHE) return;
  // A cache that cannot be created or written is skipped by Node itself: never an error here.
  enable(dir);
}
