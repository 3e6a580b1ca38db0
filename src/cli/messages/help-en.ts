/** The CLI's help texts in English: the whole CLI, then one per command. */
export const cliHelpEn = {
  overview: `Status Doctor: is it them or is it me?

Usage: status-doctor <command> [options]

Commands:
  check      diagnose now: the services, their status pages, and the verdict
  report     a support report (Markdown) to paste into a ticket
  services   list the services that are watched
  watch      watch the services without a window, one JSON line per event

Every command takes --lang en|ko (the system's language by default).
Run "status-doctor <command> --help" for a command's options.
`,
  check: `Usage: status-doctor check [--config FILE] [--service ID]... [--json] [--lang en|ko] [--im-seeing-errors]

Runs one full diagnosis: every service's probes and official status page, in
parallel, within the config's deadline (5 s by default), and says whose side
the problem is on and what to do.

Options:
  --config FILE        use this config file instead of the built-in catalog
  --service ID         check only this service (repeatable; see "services")
  --json               print the report as JSON (schemas/report.schema.json)
  --lang en|ko         the language to write in (the system's by default);
                       with --json only the verdict's words change
  --im-seeing-errors   you see errors although everything may look healthy
  -h, --help           show this help

Exit status:
  0  all clear          1  a problem on the service's side
  2  a local problem    3  inconclusive
  64 usage or config error (message on stderr, nothing on stdout)
`,
  report: `Usage: status-doctor report [--config FILE] [--service ID]... [--text] [--reveal-local] [--data-dir DIR] [--lang en|ko]

Runs a diagnosis and prints a support report to paste into a ticket: what
failed and how, what was already checked, and the official status at that
moment. Tokens, cookies and API keys are always removed; local addresses,
the host name and the user name too, unless --reveal-local.

Options:
  --config FILE    use this config file instead of the built-in catalog
  --service ID     report on this service only (repeatable; see "services")
  --text           plain text instead of Markdown
  --reveal-local   keep local addresses, the host name and the user name
  --data-dir DIR   the data directory of "watch": adds how late each status
                   page usually posts incidents, as measured there
  --lang en|ko     the language to write in (the system's by default)
  -h, --help       show this help
`,
  services: `Usage: status-doctor services [--config FILE] [--json] [--lang en|ko]

Lists the services Status Doctor watches: the built-in catalog, or the
services of the config file given.

Options:
  --config FILE   list the services of this config file
  --json          print the list as JSON
  --lang en|ko    the language to write in (the system's by default)
  -h, --help      show this help
`,
  watch: `Usage: status-doctor watch [--config FILE] [--data-dir DIR] [--lang en|ko]

Watches the services without a window, as the app does: probes each about
once a minute, reads their status pages and checks your connection. Prints
one JSON object per line: {"type":"started"} first, then each change (service
state, network, verdict, official incident, notification, warning).
Ctrl+C or SIGTERM stops it cleanly, with {"type":"stopped"} and exit 0.

Options:
  --config FILE     use this config file instead of the built-in catalog
  --data-dir DIR    keep the history (history.db) in this directory, created
                    if missing; without it, no history is kept
  --lang en|ko      the language of error messages (the system's by default)
  -h, --help        show this help
`,
};
