/**
 * The placeholders that stand in for what redaction removed, in English.
 * Support staff read them, so they say what kind of thing was there.
 */
export const redactionEn = {
  secret: {
    apiKey: '[redacted: API key]',
    token: '[redacted: token]',
    password: '[redacted: password]',
    cookie: '[redacted: cookie]',
    session: '[redacted: session ID]',
    credentials: '[redacted: credentials]',
    privateKey: '[redacted: private key]',
    secret: '[redacted: secret]',
  },
  local: {
    address: '[local address]',
    macAddress: '[MAC address]',
    hostName: '[host name]',
    userName: '[user name]',
    homeFolder: '[home folder]',
  },
};

/** The shape every language's placeholders share. */
export type RedactionLabels = typeof redactionEn;

/** What kind of secret a placeholder stands for. */
export type SecretKind = keyof RedactionLabels['secret'];
