/**
 * The emulated AWS IAM and STS query APIs (`{url}/aws`), as hashicorp/aws
 * 5.100.0 calls them: form-encoded `Action=...&Version=...` requests, XML
 * answers in the IAM/STS namespaces, `<ErrorResponse>` errors with IAM's
 * codes and statuses. IAM and STS share the endpoint; the action (and the
 * SigV4 credential scope, when it names one) picks the service.
 */
import type { EmulatedApiModule, EmulatorRequest, EmulatorResponse, HandlerContext, RouteHandler } from '../types';
import { invalidToken, parseSigV4, resolveCaller } from './auth';
import type { ActionContext, ActionHandler } from './context';
import { AwsQueryError, codeForStatus, type AwsErrorDetails } from './errors';
import { policyHandlers } from './iam-policies';
import { roleHandlers } from './iam-roles';
import { userHandlers } from './iam-users';
import { QueryParams } from './params';
import { accountOf, initialAwsState, type AwsEmulatorState } from './state';
import { stsHandlers } from './sts';
import { awsView } from './view';
import { errorXml, IAM_NAMESPACE, IAM_VERSION, responseXml, STS_NAMESPACE, STS_VERSION } from './xml';

export type { AwsEmulatorState } from './state';
export { roleTrusts, type TrustDecision, type TrustRequest } from './trust';
export { DEFAULT_ACCOUNT_ID } from './auth';

interface Service {
  readonly name: 'iam' | 'sts';
  readonly namespace: string;
  readonly version: string;
  readonly handlers: Readonly<Record<string, ActionHandler>>;
}

const IAM: Service = { name: 'iam', namespace: IAM_NAMESPACE, version: IAM_VERSION, handlers: { ...roleHandlers, ...userHandlers, ...policyHandlers } };
const STS: Service = { name: 'sts', namespace: STS_NAMESPACE, version: STS_VERSION, handlers: stsHandlers };

/** IAM's request ids are UUIDs; the core hands out 32 hex digits. */
function awsRequestId(coreId: string): string {
  return /^[0-9a-f]{32}$/.test(coreId) ? `${coreId.slice(0, 8)}-${coreId.slice(8, 12)}-${coreId.slice(12, 16)}-${coreId.slice(16, 20)}-${coreId.slice(20)}` : coreId;
}

function xmlResponse(status: number, body: string, requestId: string): EmulatorResponse {
  return { status, text: body, contentType: 'text/xml', headers: { 'x-amzn-RequestId': requestId } };
}

function errorFor(service: Service, err: AwsQueryError, requestId: string): EmulatorResponse {
  return xmlResponse(err.status, errorXml(service.namespace, err.type, err.code, err.message, requestId), requestId);
}

/** Query parameters plus the form body (body wins), as AWS reads them. */
function requestParams(req: EmulatorRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  const contentType = req.headers['content-type'] ?? '';
  if (req.rawBody.length > 0) {
    if (!/^application\/x-www-form-urlencoded/i.test(contentType)) {
      throw new AwsQueryError(400, 'InvalidParameterValue', `Unsupported content type: ${contentType || '(none)'}; send application/x-www-form-urlencoded`);
    }
    for (const [key, value] of new URLSearchParams(req.rawBody.toString('utf8'))) params.set(key, value);
  }
  return params;
}

function pickService(action: string, scope: string | undefined, version: string | null): Service {
  const service = scope === 'sts' ? STS : scope === 'iam' ? IAM : STS.handlers[action] ? STS : IAM;
  if (!service.handlers[action] || (version !== null && version !== service.version)) {
    throw new AwsQueryError(400, 'InvalidAction', `Could not find operation ${action} for version ${version ?? service.version}`);
  }
  return service;
}

const handleQuery: RouteHandler<AwsEmulatorState> = (req, ctx: HandlerContext<AwsEmulatorState>) => {
  const requestId = awsRequestId(req.requestId);
  let service: Service = IAM;
  try {
    const credential = parseSigV4(req.headers['authorization'], req.query);
    if (credential.service === 'sts') service = STS;
    const raw = requestParams(req);
    const params = new QueryParams(raw);
    const action = params.action;
    if (action === null || action === '') throw new AwsQueryError(400, 'MissingAction', 'Missing Action');
    service = pickService(action, credential.service === 'iam' || credential.service === 'sts' ? credential.service : undefined, raw.get('Version'));
    const caller = resolveCaller(ctx.state, credential.accessKeyId, ctx.world.now());
    const actionContext: ActionContext = { params, state: ctx.state, account: accountOf(ctx.state, caller.accountId), caller, world: ctx.world };
    const result = service.handlers[action]!(actionContext);
    noteKeyUse(ctx.state, caller.accessKeyId, caller.accountId, service.name, credential.region, ctx.world.now());
    return xmlResponse(200, responseXml(action, service.namespace, requestId, result), requestId);
  } catch (err) {
    if (err instanceof AwsQueryError) return errorFor(service, err, requestId);
    throw err;
  }
};

/** The service a request is for, judged from its Action alone (before auth). */
function serviceOfUnauthenticated(req: EmulatorRequest): Service {
  let action: string | null = req.query.get('Action');
  try {
    action = new URLSearchParams(req.rawBody.toString('utf8')).get('Action') ?? action;
  } catch {
    /* not a form body */
  }
  return action !== null && STS.handlers[action] ? STS : IAM;
}

/** GetAccessKeyLastUsed reports the last successful use of an emulator-issued key. */
function noteKeyUse(state: AwsEmulatorState, keyId: string, accountId: string, service: string, region: string, now: number): void {
  const issued = state.issuedKeys[keyId];
  if (!issued?.userName) return;
  const key = state.accounts[accountId]?.users[issued.userName.toLowerCase()]?.accessKeys.find((k) => k.accessKeyId === keyId);
  if (key) key.lastUsed = { date: now, serviceName: service, region };
}

export const awsEmulator: EmulatedApiModule<AwsEmulatorState> = {
  api: 'aws',
  basePath: '',
  initialState: () => initialAwsState(),
  /** Only the presence and shape of SigV4 is checked here; handlers resolve the account from the key id. */
  authenticate(req) {
    try {
      const credential = parseSigV4(req.headers['authorization'], req.query);
      if (credential.accessKeyId === '') throw invalidToken();
      return credential.accessKeyId;
    } catch (err) {
      // Answer in the namespace of the service the caller meant.
      if (err instanceof AwsQueryError) throw err.inNamespace(serviceOfUnauthenticated(req).namespace);
      throw err;
    }
  },
  routes: [
    { method: 'POST', path: '/', handler: handleQuery },
    { method: 'GET', path: '/', handler: handleQuery },
  ],
  errorResponse(status, message, requestId, details) {
    const id = awsRequestId(requestId);
    const known = details as Partial<AwsErrorDetails> | undefined;
    const fallback = codeForStatus(status);
    return xmlResponse(status, errorXml(known?.namespace ?? IAM_NAMESPACE, known?.type ?? fallback.type, known?.code ?? fallback.code, message, id), id);
  },
  view: (state) => ({ aws: awsView(state) }),
};
