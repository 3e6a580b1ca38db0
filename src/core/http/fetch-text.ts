import type { Dispatcher } from 'undici';
import { classifyError } from '../probe/classify-error.ts';
import { flattenHeaders } from './flatten-headers.ts';
import { HttpTextError, type HttpTextFetcher, type HttpTextRequest, type HttpTextResponse } from './http-text-fetcher.ts';
import { ACCEPTED_ENCODINGS, readCappedText } from './read-capped-text.ts';
import { redirectTarget } from './redirect-target.ts';
import { destroyBody, drainBody } from './response-body.ts';

/** What {@link createHttpTextFetcher} runs on. */
export interface HttpTextFetcherDeps {
  readonly dispatcher: Dispatcher;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /** Aborted when the owner closes: running requests fail with `aborted`. */
  readonly closed?: AbortSignal;
}

/**
 * Creates the real {@link HttpTextFetcher}: GET, http(s) redirects followed up
 * to `maxRedirects`, one deadline (`timeoutMs`) for redirects and body alike,
 * bodies capped at `maxBytes` (a `Content-Length` over the cap fails before a
 * byte of body is read; a body without one is cut off as soon as it passes).
 *
 * It asks for gzip/deflate/br and decodes them; the cap applies to the decoded
 * text too. Bodies are decoded as UTF-8, which is what status-page JSON and
 * feeds use. Non-2xx answers (304 included) resolve normally: the caller
 * decides what a status means.
 */
export function createHttpTextFetcher(deps: HttpTextFetcherDeps): HttpTextFetcher {
  return (request) =>
    new Promise<HttpTextResponse>((resolve, reject) => {
      const abort = new AbortController();
      let settled = false;
      const finish = (): void => {
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onCancel);
        deps.closed?.removeEventListener('abort', onCancel);
      };
      const fail = (error: HttpTextError): void => {
        if (settled) return;
        finish();
        // Stops whatever is still in flight: the request, or the body being read.
        abort.abort(error);
        reject(error);
      };
      const onCancel = (): void => fail(new HttpTextError('aborted', `request for ${request.url} cancelled`));

      const timer = setTimeout(
        () => fail(new HttpTextError('timeout', `no complete answer from ${request.url} within ${request.timeoutMs} ms`)),
        Math.max(0, request.timeoutMs),
      );
      if (request.signal?.aborted === true || deps.closed?.aborted === true) return onCancel();
      request.signal?.addEventListener('abort', onCancel, { once: true });
      deps.closed?.addEventListener('abort', onCancel, { once: true });

      fetchFollowingRedirects(deps, request, abort.signal).then(
        (response) => {
          if (settled) return;
          finish();
          resolve(response);
        },
        (error: unknown) => fail(toHttpTextError(error)),
      );
    });
}

async function fetchFollowingRedirects(deps: HttpTextFetcherDeps, request: HttpTextRequest, signal: AbortSignal): Promise<HttpTextResponse> {
  let url = httpUrl(request.url);
  const headers = {
    'user-agent': deps.userAgent,
    accept: '*/*',
    'accept-encoding': ACCEPTED_ENCODINGS,
    ...request.headers,
  };
  for (let redirects = 0; ; ) {
    const { origin, pathname, search } = new URL(url);
    const response = await deps.dispatcher.request({ origin, path: `${pathname}${search}`, method: 'GET', headers, signal });
    const responseHeaders = flattenHeaders(response.headers);
    const step = redirectTarget(url, response.statusCode, responseHeaders['location']);
    if (step.kind === 'follow') {
      // A redirect's own body is tiny or absent; reading it (up to undici's
      // dump limit) lets the connection serve the next hop.
      drainBody(response.body);
      redirects += 1;
      if (redirects > deps.maxRedirects) {
        throw new HttpTextError('too-many-redirects', `more than ${deps.maxRedirects} redirects from ${request.url}`);
      }
      url = step.url;
      continue;
    }
    const declared = Number(responseHeaders['content-length']);
    if (Number.isFinite(declared) && declared > request.maxBytes) {
      destroyBody(response.body);
      throw new HttpTextError('too-large', `Content-Length ${declared} is over the ${request.maxBytes}-byte cap`);
    }
    const body = await readCappedText(response.body, responseHeaders['content-encoding'], request.maxBytes);
    return { url, status: response.statusCode, headers: responseHeaders, body };
  }
}

function httpUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new HttpTextError('network', `not a URL: ${text.slice(0, 100)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpTextError('network', `not an http(s) URL: ${url.protocol}`);
  url.hash = '';
  return url.href;
}

function toHttpTextError(error: unknown): HttpTextError {
  if (error instanceof HttpTextError) return error;
  const { outcome, detail } = classifyError(error, undefined);
  return new HttpTextError(outcome === 'tls-error' || outcome === 'tls-untrusted' ? 'tls' : 'network', detail);
}
