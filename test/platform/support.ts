/**
 * For the platform tests: the provider bundled from the current sources into
 * a temp folder (so a concurrent `npm run build` cannot swap dist/provider
 * under a running test), installed into a temp filesystem mirror with a CLI
 * config that uses only local mirrors. Terraform and the hashicorp/aws mirror
 * are required: a missing one fails with a clear message, never a skip.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installProvider } from '../../src/cli';
import { requireMirror } from '../../src/plugin-mirrors';
import { AWS_PROVIDER, terraformVersion } from '../../scripts/run-demo';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface TestProvider {
  /** The bundled provider folder (what `installProvider` copies). */
  readonly bundleDir: string;
  readonly pluginDir: string;
  /** A CLI config with filesystem mirrors only: ours and hashicorp/aws's. */
  readonly cliConfigFile: string;
  readonly cleanup: () => void;
}

export async function prepareProvider(): Promise<TestProvider> {
  terraformVersion(); // throws "Terraform was not found on PATH: ..." when missing
  requireMirror(AWS_PROVIDER.source, AWS_PROVIDER.version); // fails fast, before the bundle is built, when the aws mirror is missing
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-platform-test-'));
  const bundleDir = path.join(dir, 'bundle');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require(path.join(ROOT, 'scripts', 'build.js')) as { bundleProvider: (outDir: string) => Promise<string> };
  await build.bundleProvider(bundleDir);
  const pluginDir = path.join(dir, 'plugins');
  const installed = installProvider({ pluginDir, bundleDir, withProviders: [`${AWS_PROVIDER.source}@${AWS_PROVIDER.version}`] });
  const cliConfigFile = path.join(dir, 'terraform.rc');
  fs.writeFileSync(cliConfigFile, installed.cliConfig);
  return { bundleDir, pluginDir, cliConfigFile, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
