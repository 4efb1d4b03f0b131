/**
 * Our HTTP/2 server connection (src/protocol/http2.ts) against node's own
 * HTTP/2 client (nghttp2, an independent implementation, Huffman-coding its
 * headers): concurrent streams, flow control both ways with bodies larger than
 * the windows, resets, PING, trailers, and a connection that is not HTTP/2.
 */
import * as http2 from 'node:http2';
import * as net from 'node:net';
import { Http2Connection, type ServerStream } from '../../src/protocol/http2';

interface Served {
  readonly url: string;
  readonly streams: ServerStream[];
  readonly errors: Error[];
  close(): Promise<void>;
}

/** A server whose streams `handle` answers. */
async function serve(handle: (stream: ServerStream) => void, maxBody = 64 * 1024 * 1024): Promise<Served> {
  const streams: ServerStream[] = [];
  const errors: Error[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new Http2Connection(socket, {
      maxBody,
      onStream: (stream) => {
        streams.push(stream);
        handle(stream);
      },
      onError: (err) => errors.push(err),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    streams,
    errors,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Echo: the request body back, with a trailer counting its bytes (a body over the limit: status 8). */
const echo = (stream: ServerStream): void => {
  stream.onEnd = (body) => {
    if (body === null) {
      stream.respond([[':status', '200'], ['content-type', 'application/grpc'], ['grpc-status', '8']], true);
      return;
    }
    stream.respond([
      [':status', '200'],
      ['content-type', 'application/grpc'],
      ['x-path', stream.header(':path') ?? ''],
    ]);
    stream.write(body);
    stream.end([['grpc-status', '0'], ['x-bytes', String(body.length)]]);
  };
};

interface Answer {
  readonly headers: http2.IncomingHttpHeaders;
  readonly body: Buffer;
  readonly trailers: http2.IncomingHttpHeaders;
}

function call(session: http2.ClientHttp2Session, path: string, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = session.request({ ':method': 'POST', ':path': path, 'content-type': 'application/grpc', te: 'trailers' });
    let headers: http2.IncomingHttpHeaders = {};
    let trailers: http2.IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    req.on('response', (h) => (headers = h));
    req.on('trailers', (t) => (trailers = t));
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve({ headers, body: Buffer.concat(chunks), trailers }));
    req.on('error', reject);
    req.end(body);
  });
}

describe('Http2Connection', () => {
  let served: Served;
  let session: http2.ClientHttp2Session;
  afterEach(async () => {
    session?.close();
    await served?.close();
  });

  test('answers 100 concurrent streams, each with its own body, headers and trailers', async () => {
    served = await serve(echo);
    session = http2.connect(served.url);
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => call(session, `/svc/Method${i}`, Buffer.from(`request number ${i}`))));
    answers.forEach((a, i) => {
      expect(a.headers[':status']).toBe(200);
      expect(a.headers['x-path']).toBe(`/svc/Method${i}`);
      expect(a.body.toString()).toBe(`request number ${i}`);
      expect(a.trailers).toMatchObject({ 'grpc-status': '0', 'x-bytes': String(`request number ${i}`.length) });
    });
    expect(served.errors).toEqual([]);
  });

  test('a request larger than our windows and an answer larger than the client\'s arrive whole', async () => {
    served = await serve(echo);
    session = http2.connect(served.url);
    // 20 MiB: past our 16 MiB stream window (we must send WINDOW_UPDATE) and the client's 64 KiB one (we must wait for its updates).
    const big = Buffer.alloc(20 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i);
    const a = await call(session, '/svc/Big', big);
    expect(a.body.length).toBe(big.length);
    expect(a.body.equals(big)).toBe(true);
    expect(a.trailers['x-bytes']).toBe(String(big.length));
  });

  test('a trailers-only answer, and a stream the client resets before the answer', async () => {
    served = await serve((stream) => {
      if (stream.header(':path') === '/svc/Fail') {
        stream.onEnd = () => stream.respond([[':status', '200'], ['content-type', 'application/grpc'], ['grpc-status', '12'], ['grpc-message', 'unknown method']], true);
        return;
      }
      stream.onEnd = () => {
        // Answer late: the client has reset the stream by then.
        setTimeout(() => {
          stream.respond([[':status', '200']]);
          stream.write(Buffer.from('late'));
          stream.end([['grpc-status', '0']]);
        }, 50);
      };
    });
    session = http2.connect(served.url);
    const failed = await call(session, '/svc/Fail', Buffer.alloc(0));
    expect(failed.headers).toMatchObject({ ':status': 200, 'grpc-status': '12', 'grpc-message': 'unknown method' });
    expect(failed.body.length).toBe(0);

    const aborted = new Promise<void>((resolve) => {
      const req = session.request({ ':method': 'POST', ':path': '/svc/Slow', 'content-type': 'application/grpc' });
      req.end(Buffer.from('x'));
      setTimeout(() => {
        req.close(http2.constants.NGHTTP2_CANCEL);
        resolve();
      }, 10);
    });
    await aborted;
    await new Promise((r) => setTimeout(r, 100));
    // The connection still serves.
    expect((await call(session, '/svc/Fail', Buffer.alloc(0))).headers['grpc-status']).toBe('12');
    expect(served.streams.find((s) => s.header(':path') === '/svc/Slow')!.closed).toBe(true);
    expect(served.errors).toEqual([]);
  });

  test('answers PING, and an idle stream stays open until the client ends it', async () => {
    served = await serve((stream) => {
      stream.respond([[':status', '200'], ['content-type', 'application/grpc']]);
      stream.onEnd = () => stream.end([['grpc-status', '0']]);
    });
    session = http2.connect(served.url);
    await new Promise((resolve) => session.once('connect', resolve));
    const rtt = await new Promise<number>((resolve, reject) => session.ping((err, ms) => (err ? reject(err) : resolve(ms))));
    expect(rtt).toBeGreaterThanOrEqual(0);
    const req = session.request({ ':method': 'POST', ':path': '/plugin.GRPCBroker/StartStream', 'content-type': 'application/grpc' });
    const headers = await new Promise<http2.IncomingHttpHeaders>((resolve) => req.on('response', resolve));
    expect(headers[':status']).toBe(200);
    const trailers = new Promise<http2.IncomingHttpHeaders>((resolve) => req.on('trailers', resolve));
    req.resume();
    req.end();
    expect(await trailers).toMatchObject({ 'grpc-status': '0' });
  });

  test('a body over the limit is answered at once (the stream then reset with NO_ERROR), the connection goes on', async () => {
    served = await serve(echo, 1024);
    session = http2.connect(served.url);
    const tooBig = await call(session, '/svc/TooBig', Buffer.alloc(64 * 1024));
    expect(tooBig.headers).toMatchObject({ ':status': 200, 'grpc-status': '8' });
    expect((await call(session, '/svc/Small', Buffer.from('ok'))).body.toString()).toBe('ok');
    expect(served.errors).toEqual([]);
  });

  test('a client that does not speak HTTP/2 is sent away', async () => {
    served = await serve(echo);
    const { port } = new URL(served.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    const closed = new Promise<Buffer>((resolve) => {
      const got: Buffer[] = [];
      socket.on('data', (d) => got.push(d));
      socket.on('close', () => resolve(Buffer.concat(got)));
    });
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const got = await closed;
    // Our SETTINGS, then GOAWAY (type 7) with PROTOCOL_ERROR.
    const types: number[] = [];
    for (let i = 0; i + 9 <= got.length; i += 9 + got.readUIntBE(i, 3)) types.push(got[i + 3]!);
    expect(types).toContain(7);
    expect(served.errors.map((e) => e.message)).toEqual(['HTTP/2 connection error 1: not an HTTP/2 connection preface']);
  });
});
