/**
 * The platform example's entry point. `npm run synth` runs it (compiled, from
 * dist/); the cdktf CLI can run it too (cdktf.json). It reads its settings from
 * the environment (see config.ts and README.md) and writes
 * `<outdir>/stacks/platform/cdk.tf.json`, where outdir is CDKTF_OUTDIR (set by
 * the cdktf CLI) or examples/platform/cdktf.out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { platformConfigFromEnv, type PlatformConfig } from './config';
import { PLATFORM_STACK, platformApp } from './platform-stack';

/** examples/platform in the source tree, from here or from dist/examples/platform. */
export function exampleDir(start = __dirname): string {
  for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'examples', 'platform');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(candidate, 'README.md'))) return candidate;
  }
  throw new Error(`cannot find examples/platform above ${start}`);
}

export interface SynthResult {
  readonly config: PlatformConfig;
  readonly outdir: string;
  /** The stack's Terraform JSON. */
  readonly file: string;
}

/** Synthesizes the platform stack for `config` into `outdir`. */
export function synthPlatform(config: PlatformConfig, outdir: string): SynthResult {
  const { app } = platformApp(config, outdir);
  app.synth();
  const file = path.join(outdir, 'stacks', PLATFORM_STACK, 'cdk.tf.json');
  if (!fs.existsSync(file)) throw new Error(`synth wrote no ${file}`);
  return { config, outdir, file };
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<SynthResult> {
  const config = await platformConfigFromEnv(env);
  const outdir = env.CDKTF_OUTDIR ? path.resolve(env.CDKTF_OUTDIR) : path.join(exampleDir(), 'cdktf.out');
  return synthPlatform(config, outdir);
}

/** `npm run synth` (scripts/synth.js) and `node dist/examples/platform/main.js`. */
export function cli(): void {
  main().then(
    (r) => {
      const emulatorUrl = process.env.CLOUDBRIDGE_EMULATOR_URL;
      const source =
        r.config.target === 'vendors'
          ? 'the real vendors'
          : emulatorUrl
            ? `the emulator at ${emulatorUrl}`
            : 'the emulator (no CLOUDBRIDGE_EMULATOR_URL: endpoints and ids come from the environment at plan time)';
      process.stdout.write(`Synthesized stack "${PLATFORM_STACK}" for ${source}:\n  ${path.relative(process.cwd(), r.file) || r.file}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`synth failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) cli();
