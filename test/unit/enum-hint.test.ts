/**
 * An enum value that matches an allowed one except for case gets a hint (issue 14, item 6),
 * through the framework's validateResourceConfig as Terraform calls it.
 */
import * as framework from '../../src/framework';
import { createFrameworkProvider } from '../../src/framework/server';
import { oneOf } from '../../src/framework/validators';
import { Diagnostics } from '../../src/framework/diagnostics';
import type { CtyValue } from '../../src/protocol/values';
import testVendor from '../support/test-vendor';

const T = 'cloudbridge_test_thing';
const KEYS = ['id', 'name', 'description', 'size', 'kind', 'token', 'secret_wo', 'secret_wo_version', 'tags', 'slow', 'details', 'timeouts'];
const cfg = (v: Record<string, CtyValue>): Record<string, CtyValue> => Object.fromEntries(KEYS.map((k) => [k, v[k] ?? null]));

async function kindDiagnostics(kind: string) {
  const p = createFrameworkProvider({ version: '0.0.0-test', modules: [testVendor(framework, {})], env: {} });
  const r = await p.validateResourceConfig({ typeName: T, config: cfg({ name: 'abc', kind }) });
  return r.diagnostics.map((d) => ({ attribute: d.attribute, detail: d.detail }));
}

describe('oneOf hints', () => {
  it('names the allowed value that differs only in case', async () => {
    expect(await kindDiagnostics('LARGE')).toEqual([{ attribute: [{ attribute: 'kind' }], detail: 'must be one of: "small", "large"; did you mean "large"?' }]);
    expect(await kindDiagnostics('Small')).toEqual([{ attribute: [{ attribute: 'kind' }], detail: 'must be one of: "small", "large"; did you mean "small"?' }]);
  });

  it('gives no hint for a value that is not a case variant, and accepts an exact match', async () => {
    expect(await kindDiagnostics('larger')).toEqual([{ attribute: [{ attribute: 'kind' }], detail: 'must be one of: "small", "large"' }]);
    expect(await kindDiagnostics('large')).toEqual([]);
  });

  it('hints upper-case values too, and never for numbers', () => {
    const detailOf = <T extends string | number>(values: readonly T[], value: T): string[] => {
      const diags = new Diagnostics();
      oneOf(values).validate(value, { path: [{ attribute: 'x' }], diags });
      return diags.list().map((d) => d.detail ?? '');
    };
    expect(detailOf(['AWS', 'AZURE', 'GOOGLE'], 'aws')).toEqual(['must be one of: "AWS", "AZURE", "GOOGLE"; did you mean "AWS"?']);
    expect(detailOf([1, 2], 3)).toEqual(['must be one of: 1, 2']);
  });
});
