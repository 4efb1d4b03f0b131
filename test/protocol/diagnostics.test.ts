import { diagnosticToProto, locatablePath } from '../../src/protocol/schema';
import { toPath } from '../../src/framework/diagnostics';

describe('diagnostic paths Terraform can locate', () => {
  test('cuts a path at the top-level nested attribute, keeping an element index or key', () => {
    expect(locatablePath(toPath('login.type'))).toEqual({ path: toPath('login'), cut: true });
    expect(locatablePath(toPath('login.identity.tag_name'))).toEqual({ path: toPath('login'), cut: true });
    expect(locatablePath(toPath('items[2].name'))).toEqual({ path: toPath('items[2]'), cut: true });
    expect(locatablePath(toPath('tags["env"]'))).toEqual({ path: toPath('tags["env"]'), cut: false });
    expect(locatablePath(toPath('account_id'))).toEqual({ path: toPath('account_id'), cut: false });
    expect(locatablePath([])).toEqual({ path: [], cut: false });
  });

  test('resource diagnostics name the full path in the detail when it was cut', () => {
    const d = { severity: 'error' as const, summary: 'Invalid value', detail: 'must be one of: "iam", "idc"', attribute: toPath('login.type') };
    expect(diagnosticToProto(d, { nestedAttributes: true })).toEqual({
      severity: 1,
      summary: 'Invalid value',
      detail: 'login.type: must be one of: "iam", "idc"',
      attribute: { steps: [{ attributeName: 'login' }] },
    });
    // A detail that already names the path is left as it is.
    const named = { ...d, detail: '`login.type` must be one of: "iam", "idc"' };
    expect(diagnosticToProto(named, { nestedAttributes: true }).detail).toBe('`login.type` must be one of: "iam", "idc"');
  });

  test('provider configuration diagnostics keep the full path: vendor settings are blocks, which Terraform follows', () => {
    const d = { severity: 'warning' as const, summary: 'Deprecated', detail: 'x', attribute: toPath('p0.base_url') };
    expect(diagnosticToProto(d)).toEqual({
      severity: 2,
      summary: 'Deprecated',
      detail: 'x',
      attribute: { steps: [{ attributeName: 'p0' }, { attributeName: 'base_url' }] },
    });
  });
});
