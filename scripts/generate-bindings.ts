/**
 * Generates the CDKTF bindings of our own provider into constructs/gen, in
 * `cdktf get` shape (providers/cloudbridge/<type>/index.ts), from the same
 * schema `cloudbridge schema` prints. Never edit the output by hand.
 *
 *   node dist/scripts/generate-bindings.js [OUTDIR]
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { printSchema } from '../src/schema-command';

export const BINDINGS_DIR = path.join(__dirname, '..', '..', 'constructs', 'gen');

/** Writes the bindings under `outDir` (replacing what was there). */
export async function generateBindings(outDir: string, schemaJson: string = printSchema()): Promise<void> {
  // The generator's package entry loads jsii-pacmak, which we do not need; take the generator itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator') as {
    TerraformProviderGenerator: new (code: unknown, schema: unknown) => { generateAll(): void };
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CodeMaker } = require('codemaker') as { CodeMaker: new () => { save(dir: string): Promise<void> } };
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, JSON.parse(schemaJson)).generateAll();
  fs.rmSync(outDir, { recursive: true, force: true });
  await code.save(outDir);
}

if (require.main === module) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve('constructs', 'gen');
  generateBindings(out).then(
    () => console.error(`bindings written to ${out}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
