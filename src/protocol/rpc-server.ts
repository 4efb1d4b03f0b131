/**
 * The gRPC side of the provider process, loaded just after the handshake
 * line: tfplugin6.Provider, grpc.health.v1.Health, go-plugin's
 * GRPCController / GRPCStdio / GRPCBroker. Connections are accepted by
 * serve.ts and injected here.
 *
 * gRPC is served on our own HTTP/2 connection (./http2: unary calls, plus
 * the two streams go-plugin opens), not through a general gRPC library or
 * node:http2: Terraform starts the provider three or four times per command
 * and sends it thousands of small calls, so what a call costs, and what
 * loading the server costs, is most of the provider's own time. The wire
 * format is gRPC over HTTP/2 as the gRPC spec gives it: length-prefixed
 * messages, `grpc-status` in the trailers.
 *
 * AutoMTLS: Terraform announces its client certificate (PLUGIN_CLIENT_CERT)
 * and go-plugin accepts exactly that one. The TLS server therefore trusts no
 * CA at all and checks the client's certificate byte for byte once the
 * handshake (which proves the client holds its key) is done; a connection
 * with any other certificate, or none, is closed before HTTP/2 starts. (A CA
 * list would also make Node build its store of root certificates, tens of
 * milliseconds per process.)
 */
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { Http2Connection, type ServerStream } from './http2';
import { grpc as healthPb, plugin, tfplugin6 } from './generated/proto';
import type { Logger } from './log';
import type { ProviderService } from './service';
import { createProviderHandlers, type ProviderRpc, type SchemaCatalog } from './provider-rpc';

export interface RpcServerOptions {
  readonly load: () => ProviderService;
  /** The schema and types the build precomputed; absent: they come from the loaded service. */
  readonly catalog?: () => SchemaCatalog | undefined;
  readonly logger: Logger;
  readonly tls?: { readonly certPem: string; readonly keyPem: string; readonly clientCertPem: string };
  /** Ends the process (cleans the socket first). */
  readonly exit: (code: number) => void;
  /** Removes the socket folder now (idempotent); established connections keep working. */
  readonly cleanup?: () => void;
}

/** Room for large states and schemas; Terraform itself allows far more than gRPC's usual 4 MiB. */
export const MAX_MESSAGE = 256 * 1024 * 1024;

/** gRPC status codes this server answers with. */
export const GrpcStatus = { OK: 0, INVALID_ARGUMENT: 3, NOT_FOUND: 5, RESOURCE_EXHAUSTED: 8, UNIMPLEMENTED: 12, INTERNAL: 13 } as const;

/** An error with a gRPC status, as a handler throws it. */
export class GrpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

type Bytes = Uint8Array;
/** A unary call: one request message in, one response message out (both encoded). */
type Unary = (request: Bytes) => Promise<Bytes> | Bytes;

type Method =
  /** `sent`: runs once the answer is out (its stream closed). */
  | { readonly kind: 'unary'; readonly handle: Unary; readonly sent?: () => void }
  /** Streams go-plugin opens and that carry nothing for us: held open, ended when the client ends. */
  | { readonly kind: 'idle-stream' };

/** Message classes of the generated protobuf code. */
interface Decoder<T> {
  decode(reader: Uint8Array): T;
}
interface Encoder<T> {
  encode(message: T): { finish(): Uint8Array };
}

function unary<Req, Res>(req: Decoder<Req>, res: Encoder<Res>, handle: (r: Req) => Promise<Res> | Res, sent?: () => void): Method {
  return {
    kind: 'unary',
    sent,
    handle: async (bytes) => {
      let request: Req;
      try {
        request = req.decode(bytes);
      } catch (err) {
        throw new GrpcError(GrpcStatus.INVALID_ARGUMENT, `cannot decode the request: ${err instanceof Error ? err.message : String(err)}`);
      }
      return res.encode(await handle(request)).finish();
    },
  };
}

const P = tfplugin6;

/** Every method we serve, by its HTTP/2 path. */
function methods(h: ProviderRpc, opts: RpcServerOptions): Map<string, Method> {
  const { logger } = opts;
  const m = new Map<string, Method>();
  const provider = <Req, Res>(name: string, req: Decoder<Req>, res: Encoder<Res>, handle: (r: Req) => Promise<Res>): void => {
    m.set(`/tfplugin6.Provider/${name}`, unary(req, res, handle));
  };
  provider('GetMetadata', P.GetMetadata.Request, P.GetMetadata.Response, () => h.getMetadata());
  // Precomputed bytes when the build made them: nothing is encoded, nothing vendor-specific loads.
  m.set('/tfplugin6.Provider/GetProviderSchema', { kind: 'unary', handle: () => h.encodedProviderSchema() });
  provider('GetFunctions', P.GetFunctions.Request, P.GetFunctions.Response, () => h.getFunctions());
  provider('GetResourceIdentitySchemas', P.GetResourceIdentitySchemas.Request, P.GetResourceIdentitySchemas.Response, () => h.getResourceIdentitySchemas());
  provider('ValidateProviderConfig', P.ValidateProviderConfig.Request, P.ValidateProviderConfig.Response, (r) => h.validateProviderConfig(r));
  provider('ConfigureProvider', P.ConfigureProvider.Request, P.ConfigureProvider.Response, (r) => h.configureProvider(r));
  provider('ValidateResourceConfig', P.ValidateResourceConfig.Request, P.ValidateResourceConfig.Response, (r) => h.validateResourceConfig(r));
  provider('ValidateDataResourceConfig', P.ValidateDataResourceConfig.Request, P.ValidateDataResourceConfig.Response, (r) => h.validateDataResourceConfig(r));
  provider('UpgradeResourceState', P.UpgradeResourceState.Request, P.UpgradeResourceState.Response, (r) => h.upgradeResourceState(r));
  provider('ReadResource', P.ReadResource.Request, P.ReadResource.Response, (r) => h.readResource(r));
  provider('PlanResourceChange', P.PlanResourceChange.Request, P.PlanResourceChange.Response, (r) => h.planResourceChange(r));
  provider('ApplyResourceChange', P.ApplyResourceChange.Request, P.ApplyResourceChange.Response, (r) => h.applyResourceChange(r));
  provider('ImportResourceState', P.ImportResourceState.Request, P.ImportResourceState.Response, (r) => h.importResourceState(r));
  provider('ReadDataSource', P.ReadDataSource.Request, P.ReadDataSource.Response, (r) => h.readDataSource(r));
  provider('StopProvider', P.StopProvider.Request, P.StopProvider.Response, () => h.stopProvider());

  const Health = healthPb.health.v1;
  m.set(
    '/grpc.health.v1.Health/Check',
    unary(Health.HealthCheckRequest, Health.HealthCheckResponse, (r) => {
      if (r.service === '' || r.service === 'plugin') return { status: Health.HealthCheckResponse.ServingStatus.SERVING };
      throw new GrpcError(GrpcStatus.NOT_FOUND, `unknown service ${r.service}`);
    }),
  );
  m.set(
    '/plugin.GRPCController/Shutdown',
    unary(
      plugin.Empty,
      plugin.Empty,
      () => {
        logger.debug('Shutdown requested by the client');
        // The socket goes first: go-plugin kills a plugin that is not gone 2 s after Shutdown,
        // and a killed process cannot clean up after itself.
        opts.cleanup?.();
        // Terraform waits for the process to end: go once the reply is out, or soon in any case.
        setTimeout(() => opts.exit(0), 50).unref();
        return {};
      },
      () => opts.exit(0),
    ),
  );
  // Nothing ever goes to stdout or stderr that go-plugin should relay, so StreamStdio stays open and silent;
  // no sub-plugins are brokered, but StartStream is accepted so that the client logs no errors.
  m.set('/plugin.GRPCStdio/StreamStdio', { kind: 'idle-stream' });
  m.set('/plugin.GRPCBroker/StartStream', { kind: 'idle-stream' });
  return m;
}

/** `grpc-message` is percent-encoded (gRPC over HTTP/2: printable ASCII but `%` goes as is); kept within one frame. */
function grpcMessage(text: string): string {
  return Buffer.from(text.slice(0, 4000), 'utf8').reduce((out, b) => out + (b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`), '');
}

const RESPONSE_HEADERS: readonly (readonly [string, string])[] = [
  [':status', '200'],
  ['content-type', 'application/grpc+proto'],
];
const OK_TRAILERS: readonly (readonly [string, string])[] = [['grpc-status', '0']];

/** A call that fails before any message: status in the headers, nothing else (gRPC's "trailers-only"). */
function failCall(stream: ServerStream, code: number, message: string): void {
  stream.respond([...RESPONSE_HEADERS, ['grpc-status', String(code)], ['grpc-message', grpcMessage(message)]], true);
}

/** One response message (5-byte prefix: not compressed, big-endian length), then OK in the trailers. */
function answer(stream: ServerStream, payload: Bytes, sent?: () => void): void {
  // Small answers (most) go as one DATA frame: the prefix copied in front of the message.
  const small = payload.length <= 64 * 1024;
  const prefix = Buffer.allocUnsafe(small ? 5 + payload.length : 5);
  prefix[0] = 0;
  prefix.writeUInt32BE(payload.length, 1);
  if (small) prefix.set(payload, 5);
  stream.respond(RESPONSE_HEADERS);
  stream.write(prefix);
  if (!small) stream.write(payload);
  stream.end(OK_TRAILERS, sent);
}

/** The one message of a unary request body. */
function singleMessage(body: Buffer): Bytes {
  if (body.length < 5) throw new GrpcError(GrpcStatus.INTERNAL, 'the request holds no message');
  if (body[0] !== 0) throw new GrpcError(GrpcStatus.UNIMPLEMENTED, 'compressed messages are not supported');
  const length = body.readUInt32BE(1);
  if (body.length !== 5 + length) throw new GrpcError(GrpcStatus.INTERNAL, 'a unary request must hold exactly one message');
  return body.subarray(5);
}

function serveStream(table: ReadonlyMap<string, Method>, stream: ServerStream, logger: Logger): void {
  const path = stream.header(':path') ?? '';
  const method = table.get(path);
  if (stream.header(':method') !== 'POST' || !(stream.header('content-type') ?? '').startsWith('application/grpc')) {
    failCall(stream, GrpcStatus.UNIMPLEMENTED, `not a gRPC request: ${stream.header(':method')} ${path}`);
    return;
  }
  if (!method) {
    failCall(stream, GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
    return;
  }
  if (method.kind === 'idle-stream') {
    stream.respond(RESPONSE_HEADERS);
    stream.onEnd = () => stream.end(OK_TRAILERS);
    return;
  }
  stream.onEnd = (body) => {
    if (body === null) {
      failCall(stream, GrpcStatus.RESOURCE_EXHAUSTED, `the request is larger than ${MAX_MESSAGE} bytes`);
      return;
    }
    let call: Promise<Bytes>;
    try {
      call = Promise.resolve(method.handle(singleMessage(body)));
    } catch (err) {
      call = Promise.reject(err);
    }
    call.then(
      (out) => answer(stream, out, method.sent),
      (err: unknown) => {
        if (err instanceof GrpcError) return failCall(stream, err.code, err.message);
        // Provider calls guard themselves; this is the last line of defence.
        logger.error('unhandled error in RPC', { tf_rpc: path, error: err });
        failCall(stream, GrpcStatus.INTERNAL, err instanceof Error ? err.message : String(err));
      },
    );
  };
}

function peerIsClient(socket: TLSSocket, clientDer: Buffer): boolean {
  const peer = socket.getPeerCertificate(false);
  return !!peer && Buffer.isBuffer(peer.raw) && peer.raw.equals(clientDer);
}

function pemToDer(pem: string): Buffer {
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!body) throw new Error('PLUGIN_CLIENT_CERT holds no PEM certificate');
  return Buffer.from(body[1]!.replace(/\s+/g, ''), 'base64');
}

/** The TLS side of AutoMTLS: HTTP/2 starts only for the client Terraform announced. */
function tlsServer(opts: RpcServerOptions, start: (socket: Duplex) => void): tls.Server {
  const { logger } = opts;
  const certs = opts.tls!;
  const clientDer = pemToDer(certs.clientCertPem);
  const server = tls.createServer(
    {
      key: certs.keyPem,
      cert: certs.certPem,
      // No CA: the client's certificate is compared with the announced one below.
      ca: [],
      requestCert: true,
      rejectUnauthorized: false,
      ALPNProtocols: ['h2'],
    },
    (socket) => {
      if (!peerIsClient(socket, clientDer)) {
        logger.warn('refused a plugin connection: its client certificate is not the one Terraform announced');
        socket.destroy();
        return;
      }
      start(socket);
    },
  );
  server.on('tlsClientError', (err) => logger.debug('plugin TLS handshake failed', { error: err }));
  return server;
}

/** Builds the server; returns the function that hands it an accepted socket. */
export function startRpcServer(opts: RpcServerOptions): (socket: Socket) => void {
  const { logger } = opts;
  const handlers = createProviderHandlers({ load: opts.load, catalog: opts.catalog, logger });
  const table = methods(handlers, opts);
  const start = (socket: Duplex): void => {
    socket.on('error', (err) => logger.debug('plugin connection error', { error: err }));
    // The connection lives as long as its socket.
    new Http2Connection(socket, {
      maxBody: MAX_MESSAGE + 5,
      onStream: (stream) => serveStream(table, stream, logger),
      onError: (err) => logger.debug('HTTP/2 connection error', { error: err }),
    });
  };
  const secure = opts.tls ? tlsServer(opts, start) : undefined;
  logger.debug('gRPC server ready', { tls: !!opts.tls });
  return (socket) => {
    socket.on('error', (err) => logger.debug('plugin connection error', { error: err }));
    if (secure) {
      // Accepted with pauseOnConnect: TLS starts reading by itself.
      secure.emit('connection', socket);
      return;
    }
    start(socket);
    socket.resume();
  };
}

// For the build, which precomputes the catalog with this very bundle (scripts/build.js).
export { catalogOf } from './provider-rpc';
export { writeCatalog } from './catalog';
