/**
 * The gRPC side of the provider process, loaded just after the handshake
 * line: tfplugin6.Provider, grpc.health.v1.Health, go-plugin's
 * GRPCController / GRPCStdio / GRPCBroker. Connections are accepted by
 * serve.ts and injected here.
 *
 * AutoMTLS: Terraform announces its client certificate (PLUGIN_CLIENT_CERT)
 * and go-plugin's server accepts exactly that one. TLS is therefore ended
 * here, in front of grpc-js: the TLS server trusts no CA and, once the
 * handshake has proved the client holds its key, compares the client's
 * certificate with the announced one byte for byte; any other certificate,
 * or none, is closed before HTTP/2 starts, and grpc-js serves the decrypted
 * stream. (grpc-js's own TLS credentials take a CA list, and any CA list
 * makes Node build its store of root certificates: some 30 ms in each of the
 * three or four provider processes a command starts.)
 */
import * as grpc from '@grpc/grpc-js';
import type { Socket } from 'node:net';
import * as tls from 'node:tls';
import { grpc as healthPb, plugin, tfplugin6 } from './generated/proto';
import type { Logger } from './log';
import type { ProviderService } from './service';
import { createProviderHandlers, type ProviderRpc, type SchemaCatalog } from './provider-rpc';

export interface RpcServerOptions {
  readonly load: () => ProviderService;
  /** The schema the build precomputed (src/protocol/catalog.ts); without it, computed from the loaded provider. */
  readonly catalog?: () => SchemaCatalog | undefined;
  readonly logger: Logger;
  readonly tls?: { readonly certPem: string; readonly keyPem: string; readonly clientCertPem: string };
  /** Ends the process (cleans the socket first). */
  readonly exit: (code: number) => void;
  /** Removes the socket folder now (idempotent); established connections keep working. */
  readonly cleanup?: () => void;
}

/** Room for large states and schemas; Terraform itself allows far more than grpc's 4 MiB default. */
const MAX_MESSAGE = 256 * 1024 * 1024;

/** Requests are typed by what decoding gives, responses by what we encode. */
type RequestCodec<T> = { encode(message: NoInfer<T>): { finish(): Uint8Array }; decode(reader: Uint8Array): T };
type ResponseCodec<T> = { encode(message: T): { finish(): Uint8Array }; decode(reader: Uint8Array): NoInfer<T> };

/** A gRPC method over two message classes. */
function method<Req, Res>(
  path: string,
  req: RequestCodec<Req>,
  res: ResponseCodec<Res>,
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
const P = tfplugin6;

/** A response that is already encoded (the precomputed schema) goes out as it is. */
const ENCODED: ResponseCodec<Uint8Array> = {
  encode: (bytes) => ({ finish: () => bytes }),
  decode: (bytes) => bytes,
};

/** Every unary Provider call we serve: its name, message classes and handler, typed together. */
function providerService(h: ProviderRpc, logger: Logger): { definition: grpc.ServiceDefinition; impl: grpc.UntypedServiceImplementation } {
  // grpc-js types a service's methods as MethodDefinition<any, any>: each call below is typed on its own.
  const methods: [string, grpc.ServiceDefinition[string]][] = [];
  const impl: grpc.UntypedServiceImplementation = {};
  const call = <Req, Res>(name: string, req: RequestCodec<Req>, res: ResponseCodec<Res>, handle: (r: Req) => Promise<Res>): void => {
    methods.push([name, method(`/tfplugin6.Provider/${name}`, req, res)]);
    impl[name] = unaryHandler(name, handle, logger);
  };
  call('GetMetadata', P.GetMetadata.Request, P.GetMetadata.Response, () => h.getMetadata());
  // Answered with the catalog's bytes as they are: no provider code loads and nothing is encoded.
  call('GetProviderSchema', P.GetProviderSchema.Request, ENCODED, () => h.encodedProviderSchema());
  call('GetFunctions', P.GetFunctions.Request, P.GetFunctions.Response, () => h.getFunctions());
  call('GetResourceIdentitySchemas', P.GetResourceIdentitySchemas.Request, P.GetResourceIdentitySchemas.Response, () => h.getResourceIdentitySchemas());
  call('ValidateProviderConfig', P.ValidateProviderConfig.Request, P.ValidateProviderConfig.Response, (r) => h.validateProviderConfig(r));
  call('ConfigureProvider', P.ConfigureProvider.Request, P.ConfigureProvider.Response, (r) => h.configureProvider(r));
  call('ValidateResourceConfig', P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response, (r) => h.validateResourceConfig(r));
  call('ValidateDataResourceConfig', P.ValidateDataResourceConfig.Request, P.ValidateDataResourceConfig.Response, (r) => h.validateDataResourceConfig(r));
  call('UpgradeResourceState', P.UpgradeResourceState.Request, P.UpgradeResourceState.Response, (r) => h.upgradeResourceState(r));
  call('ReadResource', P.ReadResource.Request, P.ReadResource.Response, (r) => h.readResource(r));
  call('PlanResourceChange', P.PlanResourceChange.Request, P.PlanResourceChange.Response, (r) => h.planResourceChange(r));
  call('ApplyResourceChange', P.ApplyResourceChange.Request, P.ApplyResourceChange.Response, (r) => h.applyResourceChange(r));
  call('ImportResourceState', P.ImportResourceState.Request, P.ImportResourceState.Response, (r) => h.importResourceState(r));
  call('ReadDataSource', P.ReadDataSource.Request, P.ReadDataSource.Response, (r) => h.readDataSource(r));
  call('StopProvider', P.StopProvider.Request, P.StopProvider.Response, () => h.stopProvider());
  return { definition: Object.fromEntries(methods), impl };
}

function unaryHandler<Req, Res>(name: string, handle: (r: Req) => Promise<Res>, logger: Logger): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    handle(call.request).then(
      (out) => callback(null, out),
      (err: unknown) => {
        // Handlers guard themselves; this is the last line of defence.
        logger.error('unhandled error in RPC', { tf_rpc: name, error: err });
        callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) });
      },
    );
  };
}

const Empty = plugin.Empty;

/** Builds the server; returns the function that hands it an accepted socket. */
export function startRpcServer(opts: RpcServerOptions): (socket: Socket) => void {
  const { logger } = opts;
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE,
    'grpc.max_send_message_length': MAX_MESSAGE,
    // No channelz: nothing reads it, and it counts every call.
    'grpc.enable_channelz': 0,
  });

  const handlers = createProviderHandlers({ load: opts.load, catalog: opts.catalog, logger });
  const provider = providerService(handlers, logger);
  server.addService(provider.definition, provider.impl);

  const HealthReq = healthPb.health.v1.HealthCheckRequest;
  const HealthRes = healthPb.health.v1.HealthCheckResponse;
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
  const StdioData = plugin.StdioData;
  server.addService(
    { StreamStdio: method('/plugin.GRPCStdio/StreamStdio', Empty, StdioData, { response: true }) },
    {
      StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => {
        call.on('cancelled', () => call.end());
      },
    },
  );

  // No sub-plugins are brokered; accept the stream so the client does not log errors.
  const ConnInfo = plugin.ConnInfo;
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

  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  const secure = opts.tls ? tlsServer(opts.tls, logger, (socket) => injector.injectConnection(socket)) : undefined;
  logger.debug('gRPC server ready', { tls: !!opts.tls });
  return (socket) => {
    socket.on('error', (err) => logger.debug('plugin connection error', { error: err }));
    if (secure) {
      // Accepted with pauseOnConnect: TLS starts reading by itself.
      secure.emit('connection', socket);
      return;
    }
    injector.injectConnection(socket);
    socket.resume();
  };
}

/** The TLS side of AutoMTLS: a connection reaches gRPC only with the client certificate Terraform announced. */
function tlsServer(certs: NonNullable<RpcServerOptions['tls']>, logger: Logger, accept: (socket: tls.TLSSocket) => void): tls.Server {
  const clientDer = pemToDer(certs.clientCertPem);
  const server = tls.createServer(
    {
      key: certs.keyPem,
      cert: certs.certPem,
      // No CA (an empty list, so Node loads no root store either): the certificate is compared below.
      ca: [],
      requestCert: true,
      rejectUnauthorized: false,
      ALPNProtocols: ['h2'],
    },
    (socket) => {
      const peer = socket.getPeerCertificate(false);
      if (!peer || !Buffer.isBuffer(peer.raw) || !peer.raw.equals(clientDer)) {
        logger.warn('refused a plugin connection: its client certificate is not the one Terraform announced');
        socket.destroy();
        return;
      }
      accept(socket);
    },
  );
  server.on('tlsClientError', (err) => logger.debug('plugin TLS handshake failed', { error: err }));
  return server;
}

function pemToDer(pem: string): Buffer {
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!body) throw new Error('PLUGIN_CLIENT_CERT holds no PEM certificate');
  return Buffer.from(body[1]!.replace(/\s+/g, ''), 'base64');
}

// For the build, which precomputes the catalog with this very bundle (scripts/build.js).
export { catalogOf } from './provider-rpc';
export { writeCatalog } from './catalog';
