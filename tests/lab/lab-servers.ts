// The internet of the lab, run inside the internet namespace by
// lab-servers-process.ts: `node lab-servers.ts <startup.json>`.
// It serves the control site, the chat service's two edges, the captive
// portal, the connectivity check, an ISP block page, a DoH resolver (RFC
// 8484, forwarding to the public resolver) and a resolver backend that
// answers SERVFAIL. Settings arrive as JSON lines on stdin and are
// acknowledged on stdout; stdin closing (the lab going away) ends it.
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { LAB_HOSTS, LAB_NAMES } from './lab-addresses.ts';
import type { LabCertificates, LabKeyPair } from './lab-certificates.ts';

/** What one edge of the chat service does with every request. */
export type EdgeBehaviour =
  | { readonly kind: 'ok' }
  /** Answers this status with Cloudflare-like headers (`server: cloudflare`, `cf-ray`). */
  | { readonly kind: 'status'; readonly status: number }
  /** Accepts the connection (and the TLS handshake), reads the request, never answers. */
  | { readonly kind: 'hang' };

/** The servers' behaviour, switched per scenario. */
export interface LabServerSettings {
  readonly edgeA: EdgeBehaviour;
  readonly edgeB: EdgeBehaviour;
  /** `interceptor`: every HTTPS site shows a certificate from "Lab Interceptor" instead of the lab CA. */
  readonly certificates: 'lab' | 'interceptor';
}

/** Everything working. */
export const HEALTHY_SERVER_SETTINGS: LabServerSettings = { edgeA: { kind: 'ok' }, edgeB: { kind: 'ok' }, certificates: 'lab' };

/** What the servers process is started with (a JSON file named on its command line). */
export interface LabServersStartup {
  readonly certificates: LabCertificates;
}

/** A line on stdin. */
export interface LabServersCommand {
  readonly id: number;
  readonly settings: LabServerSettings;
}

/** A line on stdout: `ready` once everything listens, then one acknowledgement per command. */
export type LabServersMessage = { readonly event: 'ready' } | { readonly id: number; readonly ok: boolean; readonly error?: string };

type Handler = (request: IncomingMessage, response: ServerResponse, site: string) => void;

interface Site {
  readonly name: string;
  readonly address: string;
  readonly http?: Handler;
  readonly https?: Handler;
  /** The block page keeps its own certificate whatever the settings say. */
  readonly fixedCertificate?: LabKeyPair;
}

const cfRay = () => `${randomBytes(8).toString('hex')}-LAB`;

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(body);
}

function edgeHandler(pick: () => EdgeBehaviour): Handler {
  return (_request, response) => {
    const behaviour = pick();
    if (behaviour.kind === 'hang') return;
    const status = behaviour.kind === 'ok' ? 200 : behaviour.status;
    send(response, status, status === 200 ? 'chat is up\n' : `error ${status}\n`, { server: 'cloudflare', 'cf-ray': cfRay() });
  };
}

const controlHandler: Handler = (_request, response) => send(response, 200, 'control site ok\n');

const portalHandler: Handler = (request, response) => {
  if ((request.url ?? '/').startsWith('/login')) {
    send(response, 200, '<!doctype html><title>Lab Wi-Fi</title><h1>Sign in to Lab Wi-Fi</h1>\n', { 'content-type': 'text/html' });
    return;
  }
  send(response, 302, 'sign in first\n', { location: `http://${LAB_NAMES.portal}/login` });
};

const connectivityHandler: Handler = (request, response) => {
  if (request.url === '/generate_204') {
    response.writeHead(204);
    response.end();
    return;
  }
  send(response, 404, 'not here\n');
};

const blockPageHandler: Handler = (_request, response) =>
  send(response, 200, '<!doctype html><title>Blocked</title><h1>This site is not available on your network</h1>\n', { 'content-type': 'text/html' });

function queryDns(upstream: string, query: Buffer, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('upstream resolver did not answer'));
    }, timeoutMs);
    socket.on('message', (message) => {
      if (message.length < 2 || message.readUInt16BE(0) !== query.readUInt16BE(0)) return;
      clearTimeout(timer);
      socket.close();
      resolve(message);
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
    socket.send(query, 53, upstream);
  });
}

const dohHandler: Handler = (request, response) => {
  const url = new URL(request.url ?? '/', 'https://doh.invalid');
  if (url.pathname !== '/dns-query') return send(response, 404, 'not here\n');
  const answer = (query: Buffer) => {
    if (query.length < 12 || query.length > 4096) return send(response, 400, 'bad dns message\n');
    queryDns(LAB_HOSTS.publicResolvers[0], query, 2000).then(
      (message) => {
        response.writeHead(200, { 'content-type': 'application/dns-message', 'content-length': message.length, 'cache-control': 'max-age=0' });
        response.end(message);
      },
      () => send(response, 502, 'upstream resolver did not answer\n'),
    );
  };
  if (request.method === 'GET') return answer(Buffer.from(url.searchParams.get('dns') ?? '', 'base64url'));
  if (request.method !== 'POST') return send(response, 405, 'GET or POST\n');
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= 4096) chunks.push(chunk);
  });
  request.on('end', () => answer(Buffer.concat(chunks)));
};

/** Answers every DNS query with SERVFAIL (a broken resolver backend). */
function startServfailResolver(address: string): Promise<void> {
  const socket = createSocket('udp4');
  socket.on('message', (query, from) => {
    if (query.length < 12) return;
    const reply = Buffer.from(query);
    reply[2] = ((query[2] ?? 0) & 0x79) | 0x80; // QR=1, keep opcode and RD
    reply[3] = 0x80 | 2; // RA=1, RCODE=SERVFAIL
    reply.writeUInt16BE(0, 6);
    reply.writeUInt16BE(0, 8);
    reply.writeUInt16BE(0, 10);
    socket.send(reply, from.port, from.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(53, address, () => resolve());
  });
}

const listen = (server: Server, port: number, address: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => resolve());
  });

function pemPair(pair: LabKeyPair): { cert: string; key: string } {
  return { cert: readFileSync(pair.certFile, 'utf8'), key: readFileSync(pair.keyFile, 'utf8') };
}

/** Starts every site and resolver; returns how to apply settings. */
export async function startLabServers(startup: LabServersStartup, log: (line: string) => void): Promise<{ apply(settings: LabServerSettings): void }> {
  let settings: LabServerSettings = HEALTHY_SERVER_SETTINGS;
  const labPair = pemPair(startup.certificates.site);
  const interceptedPair = pemPair(startup.certificates.interceptedSite);
  const sockets = new Set<Socket>();
  const switchable: HttpsServer[] = [];

  const sites: Site[] = [
    { name: 'control', address: LAB_HOSTS.control, http: controlHandler, https: controlHandler },
    { name: 'edge-a', address: LAB_HOSTS.edgeA, http: edgeHandler(() => settings.edgeA), https: edgeHandler(() => settings.edgeA) },
    { name: 'edge-b', address: LAB_HOSTS.edgeB, http: edgeHandler(() => settings.edgeB), https: edgeHandler(() => settings.edgeB) },
    { name: 'portal', address: LAB_HOSTS.portal, http: portalHandler, https: portalHandler },
    { name: 'connectivity', address: LAB_HOSTS.connectivity, http: connectivityHandler },
    { name: 'block-page', address: LAB_HOSTS.blockPage, http: blockPageHandler, https: blockPageHandler, fixedCertificate: startup.certificates.blockPage },
    { name: 'doh', address: LAB_HOSTS.doh, https: dohHandler },
  ];

  const track = (server: Server) => {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    server.on('clientError', (_error, socket: Socket) => socket.destroy());
    server.on('tlsClientError', () => undefined);
  };
  const wrap = (site: Site, scheme: string, handler: Handler) => (request: IncomingMessage, response: ServerResponse) => {
    response.on('finish', () => log(`${scheme}://${site.name} ${request.method} ${request.url} ${response.statusCode}`));
    handler(request, response, site.name);
  };

  for (const site of sites) {
    if (site.http) {
      const server = createHttpServer(wrap(site, 'http', site.http));
      track(server);
      await listen(server, 80, site.address);
    }
    if (site.https) {
      const server = createHttpsServer(site.fixedCertificate ? pemPair(site.fixedCertificate) : labPair, wrap(site, 'https', site.https));
      track(server);
      if (!site.fixedCertificate) switchable.push(server);
      await listen(server, 443, site.address);
    }
  }
  await startServfailResolver(LAB_HOSTS.servfailBackend);

  return {
    apply(next) {
      const certificatesChanged = next.certificates !== settings.certificates;
      settings = next;
      if (certificatesChanged) {
        for (const server of switchable) server.setSecureContext(next.certificates === 'interceptor' ? interceptedPair : labPair);
      }
      // Connections held open by an earlier scenario (a hanging edge) must not carry over.
      for (const socket of sockets) socket.destroy();
    },
  };
}

async function main(): Promise<void> {
  const startupFile = process.argv[2];
  if (!startupFile) throw new Error('usage: lab-servers.ts <startup.json>');
  const startup = JSON.parse(readFileSync(startupFile, 'utf8')) as LabServersStartup;
  const servers = await startLabServers(startup, (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`));
  const say = (message: LabServersMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);
  say({ event: 'ready' });
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    let command: LabServersCommand | undefined;
    try {
      command = JSON.parse(line) as LabServersCommand;
      servers.apply(command.settings);
      say({ id: command.id, ok: true });
    } catch (error) {
      say({ id: command?.id ?? -1, ok: false, error: String(error) });
    }
  });
  lines.on('close', () => process.exit(0));
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`lab servers failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
