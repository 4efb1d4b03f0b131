/**
 * Generates the bindings of our own provider, in `cdktf get` shape
 * (providers/cloudbridge/<type>/index.ts), from the same schema
 * `cloudbridge schema` prints, once per flavour:
 *  - cdktf: constructs/gen, by @cdktf/provider-generator (imports `cdktf`);
 *  - cdktn: constructs/gen-cdktn, by @cdktn/provider-generator (imports `cdktn`),
 *    for the `cloudbridge/constructs-cdktn` entry point.
 * Never edit the output by hand.
 *
 *   node dist/scripts/generate-bindings.js            both flavours, into the folders above
 *   node dist/scripts/generate-bindings.js cdktn DIR  one flavour, into DIR
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { printSchema } from '../src/schema-command';

/** Which CDK the bindings are generated for. */
export type BindingsFlavour = 'cdktf' | 'cdktn';

/** The repository's constructs/, from scripts/ (run by jest) or from dist/scripts/ (compiled). */
const CONSTRUCTS_DIR = [path.join(__dirname, '..', 'constructs'), path.join(__dirname, '..', '..', 'constructs')].find((dir) =>
  fs.existsSync(path.join(dir, 'index.ts')),
)!;

/** Where each flavour's committed bindings live. */
export const BINDINGS_DIRS: Readonly<Record<BindingsFlavour, string>> = {
  cdktf: path.join(CONSTRUCTS_DIR, 'gen'),
  cdktn: path.join(CONSTRUCTS_DIR, 'gen-cdktn'),
};

/** The generator package of each flavour; each brings the codemaker it was built with. */
const GENERATORS: Readonly<Record<BindingsFlavour, string>> = {
  cdktf: '@cdktf/provider-generator',
  cdktn: '@cdktn/provider-generator',
};

interface CodeMakerLike {
  save(dir: string): Promise<void>;
}

/** Writes the bindings of `flavour` under `outDir` (replacing what was there). */
export async function generateBindings(outDir: string, flavour: BindingsFlavour = 'cdktf', schemaJson: string = printSchema()): Promise<void> {
  // Resolve from the generator's own folder, so its codemaker is the one it expects.
  const load = createRequire(require.resolve(`${GENERATORS[flavour]}/package.json`));
  // The generator's package entry loads jsii-pacmak, which we do not need; take the generator itself.
  const generatorFile = flavour === 'cdktf' ? 'lib/get/generator/provider-generator' : 'build/get/generator/provider-generator';
  const { TerraformProviderGenerator } = load(`${GENERATORS[flavour]}/${generatorFile}`) as {
    TerraformProviderGenerator: new (code: CodeMakerLike, schema: unknown) => { generateAll(): void };
  };
  const { CodeMaker } = load('codemaker') as { CodeMaker: new () => CodeMakerLike };
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, JSON.parse(schemaJson)).generateAll();
  fs.rmSync(outDir, { recursive: true, force: true });
  await code.save(outDir);
}

async function main(args: string[]): Promise<void> {
  const schema = printSchema();
  if (args.length === 0) {
    for (const flavour of ['cdktf', 'cdktn'] as const) {
      await generateBindings(BINDINGS_DIRS[flavour], flavour, schema);
      console.error(`${flavour} bindings written to ${BINDINGS_DIRS[flavour]}`);
    }
    return;
  }
  const [flavour, dir] = args;
  if ((flavour !== 'cdktf' && flavour !== 'cdktn') || !dir) throw new Error('usage: generate-bindings.js [cdktf|cdktn OUTDIR]');
  await generateBindings(path.resolve(dir), flavour, schema);
  console.error(`${flavour} bindings written to ${path.resolve(dir)}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
