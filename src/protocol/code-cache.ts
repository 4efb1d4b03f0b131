/**
 * Loads a CommonJS bundle with a V8 code cache kept next to it
 * (`<file>.cache`). Compiling the gRPC and provider bundles is most of the
 * provider's start-up after the handshake; with the cache it takes a third
 * of the time. Falls back silently: a missing, stale or unwritable cache
 * only costs a normal compile.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

type ModuleInternals = typeof Module & {
  wrap(src: string): string;
  _nodeModulePaths(dir: string): string[];
  _cache: Record<string, Module>;
};

/** Requires `file` (absolute .js path) through a code cache; returns its exports. */
export function requireWithCodeCache(file: string): unknown {
  const M = Module as ModuleInternals;
  const hit = M._cache[file];
  if (hit) return hit.exports;
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(M.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = M._nodeModulePaths(path.dirname(file));
  M._cache[file] = mod;
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  try {
    fn.call(mod.exports, mod.exports, (id: string) => mod.require(id), mod, file, path.dirname(file));
  } catch (e) {
    delete M._cache[file];
    throw e;
  }
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    // After running, so lazily compiled functions used at load are in the cache too. Atomic: several providers may start at once.
    setImmediate(() => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // read-only install: fine, just slower
      }
    });
  }
  return mod.exports;
}

/**
 * Loads the bundle `name` (e.g. "rpc-server") from `dir` with the code cache
 * when it exists as a built .js file there; otherwise calls `fallback`
 * (plain require: ts-jest, tsc output without bundles).
 */
export function loadBundle<T>(dir: string, name: string, fallback: () => T): T {
  const file = path.join(dir, `${name}.js`);
  if (process.env.CLOUDBRIDGE_NO_CODE_CACHE || !fs.existsSync(file)) return fallback();
  return requireWithCodeCache(file) as T;
}
