import type { CheckReport } from '../../../core/report/report-schema.ts';
import { format, words } from '../../i18n/dictionary.ts';

type Dns = NonNullable<CheckReport['network']['dns']>;

/** The DNS switch test: the system resolver against the alternatives, and whether switching would help. */
export function DnsTable({ dns }: { readonly dns: Dns }) {
  const t = words.value.evidence;
  const f = format.value;
  const rows = [
    { resolver: t.dnsSystem, system: true, transport: '', ok: dns.system.ok, ms: dns.system.ms },
    ...dns.alternatives.map((alt) => ({ resolver: alt.resolver, system: false, transport: alt.transport === 'doh' ? 'DoH' : 'UDP', ok: alt.ok, ms: alt.ms })),
  ];
  return (
    <div class="evidence-block">
      <h3 class="evidence-block__title">{t.dns}</h3>
      <div class="table-scroll" role="region" aria-label={t.dnsCaption} tabIndex={0}>
        <table class="table">
          <caption class="visually-hidden">{t.dnsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.dnsResolver}</th>
              <th scope="col" class="table__narrow-hide">
                {t.dnsTransport}
              </th>
              <th scope="col">{t.dnsResult}</th>
              <th scope="col" class="num">
                {t.dnsTime}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.resolver}-${row.transport}`}>
                <th scope="row" class={row.system ? '' : 'mono'}>
                  {row.resolver}
                  {row.transport ? <span class="table__narrow-show"> ({row.transport})</span> : null}
                </th>
                <td class="table__narrow-hide">{row.transport}</td>
                <td class={row.ok ? 'result result--ok' : 'result result--fail'}>{row.ok ? t.dnsOk : t.dnsFailed}</td>
                <td class="num">{row.ms !== undefined ? f.duration(row.ms) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class={dns.switchWouldHelp ? 'evidence-note evidence-note--key' : 'evidence-note'}>{dns.switchWouldHelp ? t.dnsSwitchHelps : t.dnsSwitchNoHelp}</p>
    </div>
  );
}
