import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_HOSTS, LAB_NAMES } from './lab-addresses.ts';
import { mustRun } from './lab-commands.ts';

// The lab's PKI, made fresh with openssl at every lab start: nothing secret
// is committed and nothing outlives the lab. Certificates are valid from the
// moment they are made for 30 days (CAs 60 days), so a client clock a year
// ahead or behind sees every one of them out of validity.

/** A certificate and its key, as PEM files. */
export interface LabKeyPair {
  readonly certFile: string;
  readonly keyFile: string;
}

/** Every certificate the lab's servers and clients use. */
export interface LabCertificates {
  /** The lab CA the client is given (`tls.extraCaFile`). */
  readonly caFile: string;
  /** "Lab Interceptor": the CA of a middlebox, never given to the client. */
  readonly interceptorCaFile: string;
  /** The sites' certificate from the lab CA: every lab host name and site IP (DoH's included). */
  readonly site: LabKeyPair;
  /** The same names, issued by the interceptor. */
  readonly interceptedSite: LabKeyPair;
  /** The block page's own certificate (lab CA, only `blocked.lab.test`): what a rewriting resolver leads to. */
  readonly blockPage: LabKeyPair;
}

/** Subject alternative names of the sites' certificate. */
export const SITE_ALT_NAMES = [
  ...[LAB_NAMES.chat, LAB_NAMES.control, LAB_NAMES.portal, LAB_NAMES.connectivity].map((name) => `DNS:${name}`),
  ...[LAB_HOSTS.doh, LAB_HOSTS.control, LAB_HOSTS.edgeA, LAB_HOSTS.edgeB, LAB_HOSTS.portal, LAB_HOSTS.connectivity].map((ip) => `IP:${ip}`),
];

const openssl = (dir: string, args: readonly string[]) => mustRun('openssl', args, { cwd: dir, timeoutMs: 20_000 });

async function makeCa(dir: string, name: string, commonName: string): Promise<LabKeyPair> {
  const config = join(dir, `${name}.cnf`);
  writeFileSync(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'prompt = no',
      'x509_extensions = v3_ca',
      '[dn]',
      'O = Status Doctor Lab',
      `CN = ${commonName}`,
      '[v3_ca]',
      'basicConstraints = critical,CA:TRUE',
      'keyUsage = critical,keyCertSign,cRLSign',
      'subjectKeyIdentifier = hash',
      '',
    ].join('\n'),
  );
  const pair = { certFile: join(dir, `${name}.pem`), keyFile: join(dir, `${name}.key`) };
  await openssl(dir, ['req', '-x509', '-new', '-config', config, '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', pair.keyFile, '-out', pair.certFile, '-days', '60']);
  return pair;
}

async function makeLeaf(dir: string, name: string, ca: LabKeyPair, altNames: readonly string[]): Promise<LabKeyPair> {
  const config = join(dir, `${name}.cnf`);
  writeFileSync(config, ['[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', `CN = ${altNames[0]?.replace(/^\w+:/, '') ?? name}`, ''].join('\n'));
  const extensions = join(dir, `${name}.ext`);
  writeFileSync(
    extensions,
    [
      'basicConstraints = critical,CA:FALSE',
      'keyUsage = critical,digitalSignature',
      'extendedKeyUsage = serverAuth',
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      `subjectAltName = ${altNames.join(',')}`,
      '',
    ].join('\n'),
  );
  const pair = { certFile: join(dir, `${name}.pem`), keyFile: join(dir, `${name}.key`) };
  const csr = join(dir, `${name}.csr`);
  await openssl(dir, ['req', '-new', '-config', config, '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', pair.keyFile, '-out', csr]);
  await openssl(dir, [
    'x509', '-req', '-in', csr, '-CA', ca.certFile, '-CAkey', ca.keyFile,
    '-set_serial', `0x${randomBytes(8).toString('hex')}`, '-days', '30', '-extfile', extensions, '-out', pair.certFile,
  ]);
  return pair;
}

/** Makes the lab CA, the interceptor CA and the servers' certificates in `dir`. */
export async function createLabCertificates(dir: string): Promise<LabCertificates> {
  mkdirSync(dir, { recursive: true });
  const [ca, interceptor] = await Promise.all([makeCa(dir, 'lab-ca', 'Status Doctor Lab CA'), makeCa(dir, 'interceptor-ca', 'Lab Interceptor')]);
  const [site, interceptedSite, blockPage] = await Promise.all([
    makeLeaf(dir, 'site', ca, SITE_ALT_NAMES),
    makeLeaf(dir, 'intercepted-site', interceptor, SITE_ALT_NAMES),
    makeLeaf(dir, 'block-page', ca, [`DNS:${LAB_NAMES.blockPage}`, `IP:${LAB_HOSTS.blockPage}`]),
  ]);
  return { caFile: ca.certFile, interceptorCaFile: interceptor.certFile, site, interceptedSite, blockPage };
}
