/**
 * What the checks read and report: IAM resources by Terraform type and their
 * synthesized attributes (escape hatch and overrides included, data sources
 * excluded); a construct a rule cannot read, or a rule that throws, becomes a
 * warning naming the rule; acknowledgements are construct metadata and show in
 * cdk.tf.json; `applyTo` checks each construct once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnnotationMetadataEntryType, App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DataAwsIamRole } from '@cdktf/provider-aws/lib/data-aws-iam-role';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import {
  ACKNOWLEDGEMENT_METADATA_TYPE,
  CloudbridgeChecks,
  Rule,
  acknowledgeRule,
  acknowledgementsFor,
  defaultRules,
  permissionDocumentsOf,
  trustDocumentOf,
} from '../../constructs';
import { AwsPrincipal, trustPolicy } from '../../constructs/iam';

const VENDOR = '111122223333';
const UNGUARDED = JSON.stringify(trustPolicy(new AwsPrincipal(VENDOR)));
const GUARDED = JSON.stringify(trustPolicy(new AwsPrincipal(VENDOR).withExternalId('ext-1')));
const ADMIN = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const CB1_FINDING = `[CB1] third-party principal arn:aws:iam::${VENDOR}:root is trusted without an sts:ExternalId condition`;

interface Built {
  readonly app: App;
  readonly stack: TerraformStack;
}

function build(make: (stack: TerraformStack) => void, apply: (stack: TerraformStack) => void = (s) => CloudbridgeChecks.applyTo(s)): Built {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'input');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  make(stack);
  apply(stack);
  return { app, stack };
}

function synthError(app: App): string {
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

function annotationsOf(app: App, type: string): string[] {
  return app.node
    .findAll()
    .flatMap((c: IConstruct) => c.node.metadata.filter((m) => m.type === type).map((m) => `${c.node.path}: ${String(m.data)}`));
}

/** A role through the escape hatch: a bare `TerraformResource` of type `aws_iam_role`, attributes by override. */
function rawRole(scope: Construct, id: string, attributes: Record<string, unknown>): TerraformResource {
  const raw = new TerraformResource(scope, id, { terraformResourceType: 'aws_iam_role' });
  for (const [key, value] of Object.entries(attributes)) raw.addOverride(key, value);
  return raw;
}

describe('IAM resources are recognised by Terraform type, from their synthesized attributes', () => {
  it('reads an escape-hatch aws_iam_role: CB1 and CB4 fire', () => {
    const long = 'x'.repeat(65);
    const message = synthError(build((s) => rawRole(s, 'raw', { name: long, assume_role_policy: UNGUARDED })).app);
    expect(message).toContain(`[input/raw] ${CB1_FINDING}`);
    expect(message).toContain(`[input/raw] [CB4] role name "${long}" is 65 characters; IAM allows 64`);
  });

  it('reads an escape-hatch aws_iam_policy and an overridden inline_policy block: CB3 fires for both', () => {
    const message = synthError(
      build((s) => {
        const policy = new TerraformResource(s, 'raw-policy', { terraformResourceType: 'aws_iam_policy' });
        policy.addOverride('policy', ADMIN);
        const role = new IamRole(s, 'inline', { name: 'inline', assumeRolePolicy: GUARDED });
        role.addOverride('inline_policy', [{ name: 'admin', policy: ADMIN }]);
      }).app,
    );
    expect(message).toContain('[input/raw-policy] [CB3] the policy allows every action (*) on every resource (*)');
    expect(message).toContain('[input/inline] [CB3] the policy allows every action (*) on every resource (*)');
  });

  it('checks what is synthesized: an override replacing a guarded trust policy fails, one guarding an unguarded policy passes', () => {
    const overridden = build((s) => new IamRole(s, 'r', { name: 'r', assumeRolePolicy: GUARDED }).addOverride('assume_role_policy', UNGUARDED));
    expect(synthError(overridden.app)).toContain(`[input/r] ${CB1_FINDING}`);
    const fixed = build((s) => new IamRole(s, 'r', { name: 'r', assumeRolePolicy: UNGUARDED }).addOverride('assume_role_policy', GUARDED));
    expect(synthError(fixed.app)).toBe('');
  });

  it('leaves a data source of the same type name alone', () => {
    let findings: string[][] = [];
    const { app } = build((s) => {
      const data = new DataAwsIamRole(s, 'existing', { name: 'existing' });
      findings = defaultRules().map((rule) => rule.check(data));
      expect(trustDocumentOf(data)).toBeUndefined();
      expect(permissionDocumentsOf(data)).toEqual([]);
    });
    expect(findings).toEqual([[], [], [], []]);
    expect(synthError(app)).toBe('');
    expect(annotationsOf(app, AnnotationMetadataEntryType.WARN)).toEqual([]);
  });

  it('skips documents known only at apply time (tokens), without a finding', () => {
    const { app } = build((s) => {
      const source = new IamRole(s, 'source', { name: 'source', assumeRolePolicy: GUARDED });
      new IamRole(s, 'copy', { name: 'copy', assumeRolePolicy: source.assumeRolePolicy });
      new IamRolePolicy(s, 'copy-policy', { role: source.name, policy: source.inlinePolicy.get(0).policy });
    });
    expect(synthError(app)).toBe('');
    for (const type of [AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.INFO]) expect(annotationsOf(app, type)).toEqual([]);
  });
});

describe('a rule that cannot read a construct, or throws, becomes a warning naming the rule', () => {
  it('warns for a trust policy that is not a string, and synth goes on', () => {
    const { app } = build((s) => rawRole(s, 'object-policy', { name: 'object-policy', assume_role_policy: { Version: '2012-10-17' } }));
    expect(synthError(app)).toBe('');
    expect(annotationsOf(app, AnnotationMetadataEntryType.WARN)).toEqual([
      'input/object-policy: [CB1] not checked: input/object-policy: assume_role_policy is object, not a string',
      'input/object-policy: [CB2] not checked: input/object-policy: assume_role_policy is object, not a string',
    ]);
  });

  it('warns for a document that is neither JSON nor a token, and for a statement that is not an object', () => {
    const { app } = build((s) => {
      new IamRole(s, 'prose', { name: 'prose', assumeRolePolicy: 'trust the vendor' });
      new IamRolePolicy(s, 'numbers', { role: 'prose', policy: JSON.stringify({ Version: '2012-10-17', Statement: [1] }) });
    });
    expect(synthError(app)).toBe('');
    expect(annotationsOf(app, AnnotationMetadataEntryType.WARN)).toEqual([
      'input/prose: [CB1] not checked: not a JSON policy document: trust the vendor',
      'input/prose: [CB2] not checked: not a JSON policy document: trust the vendor',
      'input/numbers: [CB3] not checked: a policy statement must be a JSON object, got 1',
    ]);
  });

  it('warns for a rule that throws, names it, and still applies the other rules', () => {
    const broken: Rule = {
      id: 'X1',
      description: 'a rule with a bug',
      level: 'error',
      check(node) {
        if (node instanceof IamRole) throw new Error(`cannot handle ${node.node.id}`);
        return [];
      },
    };
    const { app } = build(
      (s) => new IamRole(s, 'vendor', { name: 'vendor', assumeRolePolicy: UNGUARDED }),
      (s) => CloudbridgeChecks.applyTo(s, { rules: [broken, ...defaultRules()] }),
    );
    expect(synthError(app)).toContain(`[input/vendor] ${CB1_FINDING}`);
    expect(annotationsOf(app, AnnotationMetadataEntryType.WARN)).toEqual(['input/vendor: [X1] not checked: cannot handle vendor']);
  });
});

describe('acknowledgements', () => {
  it('are construct metadata on the scope they are made on', () => {
    const app = Testing.app();
    const scope = new Construct(new TerraformStack(app, 'meta'), 'team');
    acknowledgeRule(scope, 'CB4', 'names are checked by the team pipeline');
    expect(scope.node.metadata.map(({ type, data }) => ({ type, data }))).toEqual([
      { type: ACKNOWLEDGEMENT_METADATA_TYPE, data: { ruleId: 'CB4', reason: 'names are checked by the team pipeline', scope: 'meta/team' } },
    ]);
  });

  it('cover the scope and below; the nearest scope wins, and on one scope the latest', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'near');
    const team = new Construct(stack, 'team');
    const role = new Construct(team, 'role');
    acknowledgeRule(stack, 'CB1', 'stack-wide');
    acknowledgeRule(team, 'CB1', 'first');
    acknowledgeRule(team, 'CB1', 'second');
    acknowledgeRule(team, 'CB4', 'team names');
    expect(Object.fromEntries([...acknowledgementsFor(role)].map(([rule, a]) => [rule, `${a.reason} @ ${a.scope}`]))).toEqual({
      CB1: 'second @ near/team',
      CB4: 'team names @ near/team',
    });
    expect([...acknowledgementsFor(stack).keys()]).toEqual(['CB1']);
  });

  it('are written into the `//` block of every resource they cover, in cdk.tf.json (not into data sources or providers)', () => {
    const { app } = build((s) => {
      const legacy = new Construct(s, 'legacy');
      new IamRole(legacy, 'vendor', { name: 'vendor', assumeRolePolicy: UNGUARDED });
      new DataAwsIamRole(legacy, 'existing', { name: 'existing' });
      new AwsProvider(legacy, 'legacy-aws', { region: 'us-east-1', alias: 'legacy' });
      acknowledgeRule(legacy, 'CB1', 'the vendor has no external id support');
      new IamRole(s, 'other', { name: 'other', assumeRolePolicy: GUARDED });
    });
    expect(synthError(app)).toBe('');
    const json = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'input', 'cdk.tf.json'), 'utf8'));
    expect(JSON.stringify(json.data)).not.toContain('cloudbridge');
    expect(JSON.stringify(json.provider)).not.toContain('cloudbridge');
    const roles = json.resource.aws_iam_role as Record<string, { '//': { cloudbridge?: unknown } }>;
    const comments = Object.values(roles).map((r) => r['//'].cloudbridge);
    expect(comments).toEqual(
      expect.arrayContaining([{ acknowledgements: [{ ruleId: 'CB1', reason: 'the vendor has no external id support', scope: 'input/legacy' }] }, undefined]),
    );
    expect(comments).toHaveLength(2);
    expect(annotationsOf(app, AnnotationMetadataEntryType.INFO)).toEqual([
      `input/legacy/vendor: [CB1] acknowledged: third-party principal arn:aws:iam::${VENDOR}:root is trusted without an sts:ExternalId condition (reason: the vendor has no external id support)`,
    ]);
  });
});

describe('CloudbridgeChecks.applyTo', () => {
  it('reports each finding once, although it also registers the checks as a stack validation', () => {
    const { app } = build((s) => new IamRole(s, 'vendor', { name: 'vendor', assumeRolePolicy: UNGUARDED }));
    const message = synthError(app);
    expect(message.split(CB1_FINDING).length - 1).toBe(1);
    expect(annotationsOf(app, AnnotationMetadataEntryType.ERROR)).toHaveLength(1);
  });

  it('checks through the validation alone when no Aspect runs (as for a stack of another cdktf copy)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'validated');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    new IamRole(stack, 'vendor', { name: 'vendor', assumeRolePolicy: UNGUARDED });
    CloudbridgeChecks.applyTo(stack);
    // What another copy's synth does with our Aspect: nothing. Then it runs the validations.
    expect(stack.node.validate()).toEqual([]);
    expect(annotationsOf(app, AnnotationMetadataEntryType.ERROR)).toEqual([`validated/vendor: ${CB1_FINDING}: a third-party trust must require sts:ExternalId (or an aud condition for web identity)`]);
  });

  it('refuses a scope that is in no stack and under no App of its cdktf, where nothing would run it', () => {
    const root = new Construct(undefined as unknown as Construct, 'foreign');
    expect(() => CloudbridgeChecks.applyTo(root)).toThrow(
      'CloudbridgeChecks.applyTo(foreign): in no stack and under no App of the cdktf that cloudbridge loads (the app uses another copy), so an Aspect added here would never run',
    );
  });
});
