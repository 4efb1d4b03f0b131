/**
 * Loads a CommonJS bundle with a V8 code cache kept next to it
 * (`<file>.cache`). Compiling the gRPC and provider bundles is most of the
 * provider's start-up after the handshake; with the cache it takes a third
 * of the time. Falls back silently: a missing, stale or unwritable cache
 * only costs a normal compile.
 *
 * An installed provider sets CLOUDBRIDGE_CODE_CACHE_DIR (its launcher does):
 * Terraform checks the package's hash before every command, so a cache this
 * Node rejects is rewritten in that folder, never beside the bundle.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

export const CODE_CACHE_DIR_ENV = 'CLOUDBRIDGE_CODE_CACHE_DIR';

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
  const shipped = `${file}.cache`;
  const ownDir = process.env[CODE_CACHE_DIR_ENV];
  // One file per Node version, so that two Nodes on one machine do not rewrite each other's.
  const cacheFile = ownDir ? path.join(ownDir, `${path.basename(file)}.${process.version}-${process.arch}.cache`) : shipped;
  let cachedData: Buffer | undefined;
  for (const candidate of ownDir ? [cacheFile, shipped] : [shipped]) {
    try {
      cachedData = fs.readFileSync(candidate);
      break;
    } catch {
      cachedData = undefined;
    }
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
        if (ownDir) fs.mkdirSync(ownDir, { recursive: true });
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
