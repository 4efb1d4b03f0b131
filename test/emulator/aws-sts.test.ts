/**
 * The emulated STS and the request plumbing shared with IAM: SigV4 presence,
 * the account chosen by the access key id, AssumeRole against trust policies,
 * unknown actions and versions, and core-level errors in AWS's XML shape.
 */
import { awsEmulator } from '../../src/emulator/aws';
import { apiModule } from '../../src/emulator/types';
import { awsQuery, createRole, parseXml, sigV4Authorization, type AwsQueryResult } from '../support/aws';
import { withEmulator } from '../support/emulator';

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const CUSTOMER = '123456789012';
const VENDOR = '111122223333';

const em = withEmulator({ modules: [apiModule(awsEmulator)], resetBeforeEach: true });

const errorOf = (r: AwsQueryResult) => ({
  status: r.status,
  namespace: r.xml.find('ErrorResponse')?.attributes['xmlns'],
  type: r.xml.find('ErrorResponse/Error/Type')?.value,
  code: r.xml.find('ErrorResponse/Error/Code')?.value,
  message: r.xml.find('ErrorResponse/Error/Message')?.value,
});

describe('GetCallerIdentity', () => {
  it('a 12-digit access key id is that account, answered as its root in the STS namespace', async () => {
    const r = await awsQuery(em, CUSTOMER, 'GetCallerIdentity');
    expect(r.status).toBe(200);
    expect(r.xml.find('GetCallerIdentityResponse')!.attributes['xmlns']).toBe(STS_NS);
    const result = r.xml.find('GetCallerIdentityResponse/GetCallerIdentityResult')!;
    expect(result.childNames()).toEqual(['UserId', 'Account', 'Arn']);
    expect([result.text('UserId'), result.text('Account'), result.text('Arn')]).toEqual([CUSTOMER, CUSTOMER, `arn:aws:iam::${CUSTOMER}:root`]);
    expect(r.xml.text('GetCallerIdentityResponse/ResponseMetadata/RequestId')).toBe(r.headers.get('x-amzn-requestid'));
  });

  it.each(['test', 'EXAMPLEKEYID1234', '12345678901', '1234567890123'])('key id %s selects account 000000000000', async (key) => {
    const r = await awsQuery(em, key, 'GetCallerIdentity');
    expect(r.xml.text('GetCallerIdentityResponse/GetCallerIdentityResult/Account')).toBe('000000000000');
  });

  it('is also served for a GET with the parameters in the query string', async () => {
    const res = await fetch(`${em.endpoints.aws}/?Action=GetCallerIdentity&Version=2011-06-15`, { headers: { authorization: sigV4Authorization('210987654321', 'sts') } });
    expect(res.status).toBe(200);
    expect(parseXml(await res.text()).text('GetCallerIdentityResponse/GetCallerIdentityResult/Account')).toBe('210987654321');
  });
});

describe('authentication', () => {
  it('no Authorization header is 403 MissingAuthenticationToken, in the namespace of the service asked', async () => {
    expect(errorOf(await awsQuery(em, CUSTOMER, 'GetCallerIdentity', {}, { signed: false }))).toEqual({
      status: 403,
      namespace: STS_NS,
      type: 'Sender',
      code: 'MissingAuthenticationToken',
      message: 'Request is missing Authentication Token',
    });
    expect(errorOf(await awsQuery(em, CUSTOMER, 'ListRoles', {}, { signed: false }))).toMatchObject({ status: 403, namespace: IAM_NS, code: 'MissingAuthenticationToken' });
  });

  it('a header that is not SigV4, or lacks its parts, is 403 IncompleteSignature', async () => {
    expect(errorOf(await awsQuery(em, CUSTOMER, 'ListRoles', {}, { authorization: 'Bearer abc' }))).toMatchObject({ status: 403, code: 'IncompleteSignature' });
    const noSignature = await awsQuery(em, CUSTOMER, 'ListRoles', {}, { authorization: `AWS4-HMAC-SHA256 Credential=${CUSTOMER}/20250101/us-east-1/iam/aws4_request, SignedHeaders=host` });
    expect(errorOf(noSignature)).toMatchObject({ status: 403, code: 'IncompleteSignature', message: "Authorization header requires 'Signature' parameter." });
    const badScope = await awsQuery(em, CUSTOMER, 'ListRoles', {}, { authorization: `AWS4-HMAC-SHA256 Credential=${CUSTOMER}/us-east-1, SignedHeaders=host, Signature=00` });
    expect(errorOf(badScope)).toMatchObject({ status: 403, code: 'IncompleteSignature' });
  });

  it('an empty access key id is 403 InvalidClientTokenId', async () => {
    const r = await awsQuery(em, '', 'ListRoles', {}, { authorization: 'AWS4-HMAC-SHA256 Credential=/20250101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00' });
    expect(errorOf(r)).toEqual({ status: 403, namespace: IAM_NS, type: 'Sender', code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' });
  });
});

describe('request handling', () => {
  it('an unknown action, a missing action or a wrong Version is 400', async () => {
    expect(errorOf(await awsQuery(em, CUSTOMER, 'CreateBucket'))).toMatchObject({ status: 400, code: 'InvalidAction', message: 'Could not find operation CreateBucket for version 2010-05-08' });
    expect(errorOf(await awsQuery(em, CUSTOMER, 'ListRoles', { Version: '2011-06-15' }))).toMatchObject({ status: 400, code: 'InvalidAction' });
    expect(errorOf(await awsQuery(em, CUSTOMER, '', {}))).toMatchObject({ status: 400, code: 'MissingAction' });
    // An IAM action signed for STS is not an STS operation.
    expect(errorOf(await awsQuery(em, CUSTOMER, 'ListRoles', {}, { service: 'sts', version: false }))).toMatchObject({ status: 400, namespace: STS_NS, code: 'InvalidAction' });
  });

  it('a body that is not form-encoded is refused', async () => {
    const res = await fetch(`${em.endpoints.aws}/`, { method: 'POST', headers: { authorization: sigV4Authorization(CUSTOMER), 'content-type': 'application/json' }, body: '{"Action":"ListRoles"}' });
    expect(res.status).toBe(400);
    expect(parseXml(await res.text()).text('ErrorResponse/Error/Code')).toBe('InvalidParameterValue');
  });

  it('an unknown path and an injected fault answer in the AWS XML error shape', async () => {
    const res = await fetch(`${em.endpoints.aws}/some/path`, { method: 'POST', headers: { authorization: sigV4Authorization(CUSTOMER) }, body: '' });
    expect(res.status).toBe(404);
    expect(parseXml(await res.text()).find('ErrorResponse/Error/Code')?.value).toBe('NotFound');
    em.addFault({ vendor: 'aws', method: 'POST', path: '/', status: 503, times: 1 });
    const faulted = await awsQuery(em, CUSTOMER, 'ListRoles');
    expect(errorOf(faulted)).toMatchObject({ status: 503, type: 'Receiver', code: 'ServiceUnavailable' });
    expect((await awsQuery(em, CUSTOMER, 'ListRoles')).status).toBe(200);
  });
});

describe('AssumeRole', () => {
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VENDOR}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'ext-42' } } }],
  };

  it('the trusted account with the external id gets session credentials that identify as the assumed role', async () => {
    const arn = await createRole(em, CUSTOMER, 'vendor-access', trust);
    const r = await awsQuery(em, VENDOR, 'AssumeRole', { RoleArn: arn, RoleSessionName: 'check', ExternalId: 'ext-42', DurationSeconds: '900' });
    expect(r.status).toBe(200);
    const result = r.xml.find('AssumeRoleResponse/AssumeRoleResult')!;
    expect(result.childNames()).toEqual(['Credentials', 'AssumedRoleUser']);
    const keyId = result.text('Credentials/AccessKeyId');
    expect(keyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(result.text('AssumedRoleUser/Arn')).toBe(`arn:aws:sts::${CUSTOMER}:assumed-role/vendor-access/check`);
    expect(result.text('AssumedRoleUser/AssumedRoleId')).toMatch(/^AROA[A-Z2-7]{17}:check$/);
    const who = await awsQuery(em, keyId, 'GetCallerIdentity');
    expect(who.xml.text('GetCallerIdentityResponse/GetCallerIdentityResult/Arn')).toBe(`arn:aws:sts::${CUSTOMER}:assumed-role/vendor-access/check`);
    expect(who.xml.text('GetCallerIdentityResponse/GetCallerIdentityResult/Account')).toBe(CUSTOMER);
    // The session expires with the emulator's clock.
    em.clock.advance(901_000);
    expect(errorOf(await awsQuery(em, keyId, 'GetCallerIdentity'))).toMatchObject({ status: 403, code: 'ExpiredToken' });
  });

  it('a wrong external id, another account or a missing role is 403 AccessDenied', async () => {
    const arn = await createRole(em, CUSTOMER, 'vendor-access', trust);
    const denied = (key: string, params: Record<string, string>) => awsQuery(em, key, 'AssumeRole', { RoleSessionName: 's1', ...params });
    expect(errorOf(await denied(VENDOR, { RoleArn: arn, ExternalId: 'ext-41' }))).toEqual({
      status: 403,
      namespace: STS_NS,
      type: 'Sender',
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${VENDOR}:root is not authorized to perform: sts:AssumeRole on resource: ${arn}`,
    });
    expect(errorOf(await denied('444455556666', { RoleArn: arn, ExternalId: 'ext-42' }))).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(errorOf(await denied(VENDOR, { RoleArn: `arn:aws:iam::${CUSTOMER}:role/missing`, ExternalId: 'ext-42' }))).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(errorOf(await denied(VENDOR, { RoleArn: arn, ExternalId: 'ext-42', DurationSeconds: '7200' }))).toMatchObject({
      status: 400,
      code: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    });
  });
});
