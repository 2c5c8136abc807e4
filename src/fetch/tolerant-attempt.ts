import { PassThrough } from 'node:stream';
import type { Socket } from 'node:net';
import type { buildConnector } from 'undici';
import { MAX_RESPONSE_HEAD_BYTES, defaultPort } from './agent.js';
import { classifyError } from './classify-error.js';
import { shouldReadBody, requestPath, cancelledFailure, type AttemptOutcome, type AttemptRequest } from './http-attempt.js';
import { readBody } from './read-body.js';
import { REDIRECT_STATUSES } from './redirects.js';
import { bodyFraming, ChunkedDecoder, headEnd, parseHead, type BodyFraming, type ResponseHead } from './tolerant-response.js';

/** An error with a code classify-error knows, so a tolerant attempt's faults read like the main client's. */
function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * One GET over a connection of its own, read by the tolerant reader (tolerant-response.ts): the
 * second try for a response undici could not parse. Same connector (address guard, CA, connect
 * timeout), same deadline, head cap, body rules and outcome as attemptRequest; `Connection: close`,
 * so the body's end is also the connection's.
 */
export async function attemptTolerant(
  connect: buildConnector.connector,
  request: AttemptRequest,
  onWritten: () => void = () => {},
  cancel?: AbortSignal,
): Promise<AttemptOutcome> {
  if (cancel?.aborted) return cancelledFailure();
  const url = new URL(request.url);
  let socket: Socket | null = null;
  let status: number | null = null;
  let headers: Record<string, string> = {};
  let timedOut = false;
  let written = false;
  const body = new PassThrough();
  // Every fault reaches the reader through the head's promise or readBody's iteration; this
  // listener only keeps a late one (after the body was dropped) from going unhandled.
  body.on('error', () => {});
  const fail = (error: Error): void => {
    socket?.destroy();
    body.destroy(error);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    fail(codedError('ETIMEDOUT', `no complete response within ${request.timeout} ms`));
  }, request.timeout);
  const onCancel = (): void => fail(codedError('ECONNABORTED', 'cancelled'));
  cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    const head = await new Promise<ResponseHead>((resolve, reject) => {
      body.once('error', reject);
      socket = connect({ hostname: url.hostname, host: url.host, protocol: url.protocol, port: defaultPort(url.protocol, url.port) } as buildConnector.Options, (error, connected) => {
        if (error || !connected) return reject(error ?? codedError('ECONNRESET', 'no connection'));
        const lines = [`GET ${requestPath(url)} HTTP/1.1`, `host: ${url.host}`];
        for (const [name, value] of Object.entries(request.headers)) if (name !== 'host' && name !== 'connection') lines.push(`${name}: ${value}`);
        lines.push('connection: close', '', '');
        connected.write(lines.join('\r\n'), 'latin1', () => {
          written = true;
          onWritten();
        });
        readResponse(connected as Socket, body, resolve, reject);
      }) as unknown as Socket;
    });
    status = head.status;
    headers = head.headers;
    if (!shouldReadBody(status, request.acceptStatuses) || (REDIRECT_STATUSES.has(status) && headers.location)) {
      fail(codedError('ECONNABORTED', 'body not read'));
      return { ok: true, status, headers, body: null, kind: null, bodyError: null };
    }
    const length = Number(headers['content-length']);
    const outcome = await readBody(body, {
      contentType: headers['content-type'] ?? null,
      contentEncoding: headers['content-encoding'] ?? null,
      contentLength: Number.isFinite(length) && headers['content-length'] !== undefined ? length : null,
      maxBytes: request.maxBytes,
      documentsOnly: request.documentsOnly,
    });
    if (!outcome.ok) return { ok: true, status, headers, body: null, kind: null, bodyError: { code: outcome.error, detail: outcome.detail } };
    return { ok: true, status, headers, body: outcome.body, kind: outcome.kind, bodyError: null };
  } catch (error) {
    if (cancel?.aborted && !timedOut) return { ...cancelledFailure(), status, headers };
    const classified = classifyError(error, timedOut);
    return { ok: false, error: classified, status, headers, reachedServer: status !== null || written || classified.reachedServer === true };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
    (socket as Socket | null)?.destroy();
  }
}

/** Reads the head off the socket, then feeds the body's bytes, framed, into `body`. */
function readResponse(socket: Socket, body: PassThrough, onHead: (head: ResponseHead) => void, onError: (error: Error) => void): void {
  let pending: Buffer = Buffer.alloc(0);
  let framing: BodyFraming | null = null;
  let received = 0;
  let chunked: ChunkedDecoder | null = null;
  const finish = (): void => {
    socket.destroy();
    body.end();
  };
  const feed = (bytes: Buffer): void => {
    if (framing === null || bytes.length === 0) return;
    if (framing.kind === 'length') {
      const take = bytes.subarray(0, Math.max(0, framing.length - received));
      received += take.length;
      if (take.length > 0) body.write(take);
      if (received >= framing.length) finish();
    } else if (framing.kind === 'chunked') {
      for (const part of chunked!.push(bytes)) body.write(part);
      if (chunked!.error) body.destroy(codedError('HPE_INVALID_CHUNK_SIZE', chunked!.error));
      else if (chunked!.done) finish();
    } else if (framing.kind === 'until-close') {
      body.write(bytes);
    }
  };
  socket.on('data', (chunk: Buffer) => {
    if (framing !== null) return feed(chunk);
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const end = headEnd(pending);
      if (end === -1) {
        if (pending.length > MAX_RESPONSE_HEAD_BYTES) onError(codedError('HPE_HEADER_OVERFLOW', 'response head too large'));
        return;
      }
      const head = parseHead(pending.subarray(0, end).toString('latin1'));
      if (!head) return onError(codedError('HPE_INVALID_CONSTANT', 'not an HTTP response'));
      pending = pending.subarray(end);
      // An interim answer (100 Continue, 103 Early Hints) comes before the real one.
      if (head.status < 200) continue;
      framing = bodyFraming(head);
      if (framing.kind === 'invalid') return onError(codedError('HPE_UNEXPECTED_CONTENT_LENGTH', framing.detail));
      if (framing.kind === 'chunked') chunked = new ChunkedDecoder();
      onHead(head);
      if (framing.kind === 'none' || (framing.kind === 'length' && framing.length === 0)) return finish();
      return feed(pending);
    }
  });
  socket.on('error', (error) => {
    onError(error);
    body.destroy(error);
  });
  socket.on('close', () => {
    if (framing === null) onError(codedError('ECONNRESET', 'connection closed before a response'));
    else if (framing.kind === 'until-close') body.end();
    // A length or chunks cut short: readBody still takes a document that arrived whole.
    else if (!body.writableEnded) body.destroy(codedError('UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'connection closed before the end of the body'));
  });
}
