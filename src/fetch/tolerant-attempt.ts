import { PassThrough } from 'node:stream';
import type { Socket } from 'node:net';
import type { buildConnector } from 'undici';
import { MAX_RESPONSE_HEAD_BYTES, defaultPort } from './agent.js';
import { classifyError } from './classify-error.js';
import { cancelledFailure, requestPath, responseOutcome, type AttemptOutcome, type AttemptRequest } from './http-attempt.js';
import { bodyFraming, ChunkedDecoder, HeadScanner, parseHead, type BodyFraming, type ResponseHead } from './tolerant-response.js';

/** An error with a code classify-error knows, so a tolerant attempt's faults read like the main client's. */
function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

interface TolerantHead {
  head: ResponseHead;
  framing: BodyFraming;
}

/**
 * One GET over a connection of its own, read by the tolerant reader (tolerant-response.ts): the
 * second try for a response undici could not parse. Same connector (address guard, CA, connect
 * timeout), same deadline, head cap, body rules and outcome as attemptRequest; `Connection: close`,
 * so the body's end is also the connection's. Only ever after a server answered (with bytes undici
 * refused), so a failure here has reached it.
 */
export async function attemptTolerant(
  connect: buildConnector.connector,
  request: AttemptRequest,
  onWritten: () => void = () => {},
  cancel?: AbortSignal,
): Promise<AttemptOutcome> {
  if (cancel?.aborted) return cancelledFailure();
  const url = new URL(request.url);
  // Every socket the connector hands out (the one it returns, and the one it calls back with,
  // which differ when a missing intermediate was fetched first): all are closed at the end.
  const sockets = new Set<Socket>();
  let status: number | null = null;
  let headers: Record<string, string> = {};
  let timedOut = false;
  const body = new PassThrough();
  // Every fault reaches the reader through the head's promise or readBody's iteration; this
  // listener only keeps a late one (after the body was dropped) from going unhandled.
  body.on('error', () => {});
  const fail = (error: Error): void => {
    for (const socket of sockets) socket.destroy();
    body.destroy(error);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    fail(codedError('ETIMEDOUT', `no complete response within ${request.timeout} ms`));
  }, request.timeout);
  const onCancel = (): void => fail(codedError('ECONNABORTED', 'cancelled'));
  cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    const { head, framing } = await new Promise<TolerantHead>((resolve, reject) => {
      body.once('error', reject);
      // The connector wants a bare IPv6 address, as undici gives it.
      const hostname = url.hostname.replace(/^\[|\]$/g, '');
      const options = { hostname, host: url.host, protocol: url.protocol, port: defaultPort(url.protocol, url.port) };
      const returned = connect(options as buildConnector.Options, (error, connected) => {
        if (error || !connected) return reject(error ?? codedError('ECONNRESET', 'no connection'));
        const socket = connected as Socket;
        sockets.add(socket);
        if (timedOut || cancel?.aborted) return socket.destroy();
        const lines = [`GET ${requestPath(url)} HTTP/1.1`, `host: ${url.host}`];
        for (const [name, value] of Object.entries(request.headers)) if (name !== 'host' && name !== 'connection') lines.push(`${name}: ${value}`);
        lines.push('connection: close', '', '');
        socket.write(lines.join('\r\n'), 'latin1', () => onWritten());
        readResponse(socket, body, resolve, reject);
      }) as unknown as Socket | undefined;
      if (returned) sockets.add(returned);
    });
    status = head.status;
    headers = head.headers;
    // Transfer codings besides chunked ("gzip, chunked") are undone like content codings, after them.
    const codings = [headers['content-encoding'], ...(framing.kind === 'chunked' || framing.kind === 'until-close' ? framing.codings : [])].filter(Boolean);
    return await responseOutcome(status, { ...headers, ...(codings.length > 0 ? { 'content-encoding': codings.join(', ') } : {}) }, request, {
      body,
      // Only a length that frames the body may refuse it early: beside chunked it says nothing.
      contentLength: framing.kind === 'length' ? framing.length : null,
      drop: async () => fail(codedError('ECONNABORTED', 'body not read')),
    });
  } catch (error) {
    if (cancel?.aborted && !timedOut) return { ...cancelledFailure(), status, headers };
    return { ok: false, error: classifyError(error, timedOut), status, headers, reachedServer: true };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
    for (const socket of sockets) socket.destroy();
  }
}

/** Reads the head off the socket, then feeds the body's bytes, framed, into `body`. */
function readResponse(socket: Socket, body: PassThrough, onHead: (head: TolerantHead) => void, onError: (error: Error) => void): void {
  let pieces: Buffer[] = [];
  let pending = 0;
  let scanner = new HeadScanner();
  let framing: BodyFraming | null = null;
  let received = 0;
  let chunked: ChunkedDecoder | null = null;
  const finish = (): void => {
    socket.destroy();
    body.end();
  };
  // The reader (a decoder, then readBody) sets the pace: a body that decodes slowly (a stream of
  // empty deflate blocks) must wait in the socket, not pile up here.
  const write = (bytes: Buffer): void => {
    if (!body.write(bytes) && !socket.isPaused()) {
      socket.pause();
      body.once('drain', () => socket.resume());
    }
  };
  const feed = (bytes: Buffer): void => {
    if (framing === null || bytes.length === 0) return;
    if (framing.kind === 'length') {
      const take = bytes.subarray(0, Math.max(0, framing.length - received));
      received += take.length;
      if (take.length > 0) write(take);
      if (received >= framing.length) finish();
    } else if (framing.kind === 'chunked') {
      for (const part of chunked!.push(bytes)) write(part);
      if (chunked!.error) body.destroy(codedError('HPE_INVALID_CHUNK_SIZE', chunked!.error));
      else if (chunked!.done) finish();
    } else if (framing.kind === 'until-close') {
      write(bytes);
    }
  };
  socket.on('data', (chunk: Buffer) => {
    if (framing !== null) return feed(chunk);
    let piece = chunk;
    for (;;) {
      const endInPiece = scanner.push(piece);
      const headBytes = pending + (endInPiece === -1 ? piece.length : endInPiece);
      if (headBytes > MAX_RESPONSE_HEAD_BYTES) return onError(codedError('HPE_HEADER_OVERFLOW', `response head over ${MAX_RESPONSE_HEAD_BYTES} bytes`));
      if (endInPiece === -1) {
        pieces.push(piece);
        pending += piece.length;
        return;
      }
      const head = parseHead(Buffer.concat([...pieces, piece.subarray(0, endInPiece)]).toString('latin1'));
      if (!head) return onError(codedError('HPE_INVALID_CONSTANT', 'not an HTTP response'));
      piece = piece.subarray(endInPiece);
      pieces = [];
      pending = 0;
      scanner = new HeadScanner();
      // An interim answer (100 Continue, 103 Early Hints) comes before the real one.
      if (head.status < 200) continue;
      framing = bodyFraming(head);
      if (framing.kind === 'invalid') return onError(codedError('HPE_UNEXPECTED_CONTENT_LENGTH', framing.detail));
      if (framing.kind === 'chunked') chunked = new ChunkedDecoder();
      onHead({ head, framing });
      if (framing.kind === 'none' || (framing.kind === 'length' && framing.length === 0)) return finish();
      return feed(piece);
    }
  });
  socket.on('error', (error) => {
    onError(error);
    body.destroy(error);
  });
  socket.on('close', () => {
    // Bytes that never made a head are not HTTP (an SSH banner): the same server would send them again.
    if (framing === null) onError(pending > 0 ? codedError('HPE_INVALID_CONSTANT', 'not an HTTP response') : codedError('ECONNRESET', 'connection closed before a response'));
    else if (framing.kind === 'until-close') body.end();
    // A length or chunks cut short: readBody still takes a document that arrived whole.
    else if (!body.writableEnded) body.destroy(codedError('UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'connection closed before the end of the body'));
  });
}
