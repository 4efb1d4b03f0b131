/**
 * Helpers for the official-client suites: which calls a client object offers
 * (by reflection) and which of them a suite made, so that a call the library
 * offers and the suite never drives fails the suite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';

/** The own methods of a class prototype (the calls of one API resource class). */
export function prototypeMethods(prototype: object): string[] {
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor' && typeof (prototype as Record<string, unknown>)[name] === 'function')
    .sort();
}

/** A file inside an installed package (its `.d.ts`, for the declared types). */
export function packageFile(pkg: string, file: string): string {
  // Packages with an `exports` map may not export package.json: walk up from their entry point.
  let dir = dirname(require.resolve(pkg));
  while (!isPackageRoot(dir, pkg)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of ${pkg}`);
    dir = parent;
  }
  return join(dir, file);
}

function isPackageRoot(dir: string, pkg: string): boolean {
  const manifest = join(dir, 'package.json');
  return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg;
}

/**
 * Records which methods of `target` a suite calls. `wrap(obj)` returns a
 * stand-in that notes each method name before calling it.
 */
export class CallRecorder {
  readonly called = new Set<string>();

  wrap<T extends object>(target: T, prefix = ''): T {
    return new Proxy(target, {
      get: (obj, property, receiver) => {
        const value = Reflect.get(obj, property, receiver) as unknown;
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        // A proxy of the function itself, so that properties of the call (e.g. a list's `.all`) stay reachable.
        return new Proxy(value as (...a: unknown[]) => unknown, {
          apply: (fn, _this, args: unknown[]) => {
            this.called.add(`${prefix}${property}`);
            return fn.apply(obj, args);
          },
        });
      },
    });
  }

  /** The offered calls this suite has not made. */
  missing(offered: readonly string[]): string[] {
    return offered.filter((name) => !this.called.has(name));
  }
}

/** An IAM client (the official SDK) for the emulator's AWS endpoint, in account `accountId`. */
export function iamClient(endpoint: string, accountId = '123456789012'): IAMClient {
  return new IAMClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: accountId, secretAccessKey: 'emulated-secret-access-key' }, maxAttempts: 1 });
}

/** Creates an IAM role with `trustPolicy` through the official SDK; returns its ARN. */
export async function createRole(iam: IAMClient, roleName: string, trustPolicy: string | object): Promise<string> {
  const out = await iam.send(
    new CreateRoleCommand({ RoleName: roleName, AssumeRolePolicyDocument: typeof trustPolicy === 'string' ? trustPolicy : JSON.stringify(trustPolicy) }),
  );
  if (!out.Role?.Arn) throw new Error('CreateRole answered no role ARN');
  return out.Role.Arn;
}
