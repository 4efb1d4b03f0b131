/**
 * The gRPC side of the provider process, loaded just after the handshake
 * line: tfplugin6.Provider, grpc.health.v1.Health, go-plugin's
 * GRPCController / GRPCStdio / GRPCBroker. Connections are accepted by
 * serve.ts and injected here.
 */
import * as grpc from '@grpc/grpc-js';
import type { Socket } from 'node:net';
import { grpc as healthPb, plugin, tfplugin6 } from './generated/proto';
import type { Logger } from './log';
import type { ProviderService } from './service';
import { createProviderHandlers } from './provider-rpc';

export interface RpcServerOptions {
  readonly load: () => ProviderService;
  readonly logger: Logger;
  readonly tls?: { readonly certPem: string; readonly keyPem: string; readonly clientCertPem: string };
  /** Ends the process (cleans the socket first). */
  readonly exit: (code: number) => void;
  /** Removes the socket folder now (idempotent); established connections keep working. */
  readonly cleanup?: () => void;
}

/** Room for large states and schemas; Terraform itself allows far more than grpc's 4 MiB default. */
const MAX_MESSAGE = 256 * 1024 * 1024;

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(reader: Uint8Array): T;
}

function method<Req, Res>(
  path: string,
  req: Codec<Req>,
  res: Codec<Res>,
  stream: { request?: boolean; response?: boolean } = {},
): grpc.MethodDefinition<Req, Res> {
  return {
    path,
    requestStream: !!stream.request,
    responseStream: !!stream.response,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => {
      const out = res.encode(m).finish();
      return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    },
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

type AnyCodec = Codec<unknown>;
const P = tfplugin6;
/** name -> [request codec, response codec] for every unary Provider call we serve. */
const PROVIDER_CALLS = {
  GetMetadata: [P.GetMetadata.Request, P.GetMetadata.Response],
  GetProviderSchema: [P.GetProviderSchema.Request, P.GetProviderSchema.Response],
  GetFunctions: [P.GetFunctions.Request, P.GetFunctions.Response],
  GetResourceIdentitySchemas: [P.GetResourceIdentitySchemas.Request, P.GetResourceIdentitySchemas.Response],
  ValidateProviderConfig: [P.ValidateProviderConfig.Request, P.ValidateProviderConfig.Response],
  ConfigureProvider: [P.ConfigureProvider.Request, P.ConfigureProvider.Response],
  ValidateResourceConfig: [P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response],
  ValidateDataResourceConfig: [P.ValidateDataResourceConfig.Request, P.ValidateDataResourceConfig.Response],
  UpgradeResourceState: [P.UpgradeResourceState.Request, P.UpgradeResourceState.Response],
  ReadResource: [P.ReadResource.Request, P.ReadResource.Response],
  PlanResourceChange: [P.PlanResourceChange.Request, P.PlanResourceChange.Response],
  ApplyResourceChange: [P.ApplyResourceChange.Request, P.ApplyResourceChange.Response],
  ImportResourceState: [P.ImportResourceState.Request, P.ImportResourceState.Response],
  ReadDataSource: [P.ReadDataSource.Request, P.ReadDataSource.Response],
  StopProvider: [P.StopProvider.Request, P.StopProvider.Response],
} as const;
type CallName = keyof typeof PROVIDER_CALLS;

const HANDLER_NAME: Record<CallName, keyof ReturnType<typeof createProviderHandlers>> = {
  GetMetadata: 'getMetadata',
  GetProviderSchema: 'getProviderSchema',
  GetFunctions: 'getFunctions',
  GetResourceIdentitySchemas: 'getResourceIdentitySchemas',
  ValidateProviderConfig: 'validateProviderConfig',
  ConfigureProvider: 'configureProvider',
  ValidateResourceConfig: 'validateResourceConfig',
  ValidateDataResourceConfig: 'validateDataResourceConfig',
  UpgradeResourceState: 'upgradeResourceState',
  ReadResource: 'readResource',
  PlanResourceChange: 'planResourceChange',
  ApplyResourceChange: 'applyResourceChange',
  ImportResourceState: 'importResourceState',
  ReadDataSource: 'readDataSource',
  StopProvider: 'stopProvider',
};

function providerService(handlers: ReturnType<typeof createProviderHandlers>, logger: Logger) {
  const definition: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  const impl: grpc.UntypedServiceImplementation = {};
  for (const name of Object.keys(PROVIDER_CALLS) as CallName[]) {
    const [req, res] = PROVIDER_CALLS[name];
    definition[name] = method(`/tfplugin6.Provider/${name}`, req as unknown as AnyCodec, res as unknown as AnyCodec) as grpc.MethodDefinition<unknown, unknown>;
    const handler = handlers[HANDLER_NAME[name]] as (r: unknown) => Promise<unknown>;
    impl[name] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      handler(call.request).then(
        (out) => callback(null, out),
        (err: unknown) => {
          // Handlers guard themselves; this is the last line of defence.
          logger.error('unhandled error in RPC', { tf_rpc: name, error: err as Error });
          callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) });
        },
      );
    };
  }
  return { definition: definition as grpc.ServiceDefinition, impl };
}

const Empty = plugin.Empty as unknown as Codec<plugin.Empty>;

/** Builds the server; returns the function that hands it an accepted socket. */
export function startRpcServer(opts: RpcServerOptions): (socket: Socket) => void {
  const { logger } = opts;
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE,
    'grpc.max_send_message_length': MAX_MESSAGE,
  });

  const handlers = createProviderHandlers({ load: opts.load, logger });
  const provider = providerService(handlers, logger);
  server.addService(provider.definition, provider.impl);

  const HealthReq = healthPb.health.v1.HealthCheckRequest as unknown as Codec<healthPb.health.v1.HealthCheckRequest>;
  const HealthRes = healthPb.health.v1.HealthCheckResponse as unknown as Codec<healthPb.health.v1.HealthCheckResponse.$Properties>;
  server.addService(
    { Check: method('/grpc.health.v1.Health/Check', HealthReq, HealthRes) },
    {
      Check: (call: grpc.ServerUnaryCall<healthPb.health.v1.HealthCheckRequest, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        const service = call.request.service;
        if (service === '' || service === 'plugin') cb(null, { status: 1 /* SERVING */ });
        else cb({ code: grpc.status.NOT_FOUND, details: `unknown service ${service}` });
      },
    },
  );

  server.addService(
    { Shutdown: method('/plugin.GRPCController/Shutdown', Empty, Empty) },
    {
      Shutdown: (_call: grpc.ServerUnaryCall<unknown, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        logger.debug('Shutdown requested by the client');
        // The socket goes first: go-plugin kills a plugin that is not gone 2 s after Shutdown,
        // and a killed process cannot clean up after itself.
        opts.cleanup?.();
        cb(null, {});
        // Let the reply reach the wire, then go; go-plugin ignores the reply anyway.
        setTimeout(() => opts.exit(0), 5);
      },
    },
  );

  // Nothing ever goes to stdout or stderr that go-plugin should relay, so the stream stays open and silent.
  const StdioData = plugin.StdioData as unknown as Codec<plugin.StdioData.$Properties>;
  server.addService(
    { StreamStdio: method('/plugin.GRPCStdio/StreamStdio', Empty, StdioData, { response: true }) },
    {
      StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => {
        call.on('cancelled', () => call.end());
      },
    },
  );

  // No sub-plugins are brokered; accept the stream so the client does not log errors.
  const ConnInfo = plugin.ConnInfo as unknown as Codec<plugin.ConnInfo.$Properties>;
  server.addService(
    { StartStream: method('/plugin.GRPCBroker/StartStream', ConnInfo, ConnInfo, { request: true, response: true }) },
    {
      StartStream: (call: grpc.ServerDuplexStream<unknown, unknown>) => {
        call.on('data', () => undefined);
        call.on('end', () => call.end());
        call.on('error', () => undefined);
      },
    },
  );

  const credentials = opts.tls
    ? grpc.ServerCredentials.createSsl(
        Buffer.from(opts.tls.clientCertPem),
        [{ private_key: Buffer.from(opts.tls.keyPem), cert_chain: Buffer.from(opts.tls.certPem) }],
        true,
      )
    : grpc.ServerCredentials.createInsecure();
  const injector = server.createConnectionInjector(credentials);
  logger.debug('gRPC server ready', { tls: !!opts.tls });
  return (socket) => {
    socket.on('error', (err) => logger.debug('plugin connection error', { error: err }));
    injector.injectConnection(socket);
    // Accepted with pauseOnConnect: TLS starts reading by itself, plaintext HTTP/2 needs the nudge.
    if (!opts.tls) socket.resume();
  };
}
