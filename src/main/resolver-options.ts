// Imported first by index.ts, so it runs before any other module's code.
//
// glibc's resolver waits 5 s per server and try by default, and a lookup in
// flight holds a libuv thread that Node joins before the process can exit:
// with a dead DNS server, quitting the app would hang for 10 s (see
// bin/status-doctor.js, which does the same for the CLI). glibc reads
// RES_OPTIONS when this process first resolves a name through Node, so it
// is set before anything can; a value the user set wins. macOS and Windows
// do not read it.
process.env.RES_OPTIONS ??= 'timeout:1 attempts:2';

export {};
