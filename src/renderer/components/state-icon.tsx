import type { ServiceState } from '../../core/assessment/service-state.ts';
import type { NetworkState } from '../../core/network/network-report.ts';
import type { VerdictKind } from '../../core/verdict/verdict-kind.ts';

/**
 * The shapes of the tray's states (scripts/icons/icon-designs.ts), so the
 * window and the tray say the same thing: a disc with a check (fine), a
 * triangle (degraded), a bold cross (down), a house (your own connection),
 * a ring with dots (checking), two bars (paused); the window adds a disc
 * with a clock (maintenance) and a dashed ring (unknown) for single services.
 * Always shown beside words, never alone: colour is not the only signal.
 */
export type IconKind = 'ok' | 'degraded' | 'outage' | 'maintenance' | 'unknown' | 'local' | 'paused' | 'checking';

const SERVICE_ICONS: Record<ServiceState, IconKind> = {
  operational: 'ok',
  degraded: 'degraded',
  outage: 'outage',
  maintenance: 'maintenance',
  unknown: 'unknown',
};

/** The icon of a service state. */
export const serviceIcon = (state: ServiceState): IconKind => SERVICE_ICONS[state];

/** The icon of the local network's state. */
export const networkIcon = (state: NetworkState): IconKind => (state === 'ok' ? 'ok' : state === 'unknown' ? 'unknown' : 'local');

/** The icon of a verdict: whose side the problem is on and how bad. */
export function verdictIcon(kind: VerdictKind): IconKind {
  switch (kind) {
    case 'all-clear':
      return 'ok';
    case 'service-outage':
    case 'regional':
      return 'outage';
    case 'service-degraded':
    case 'rate-limited':
    case 'local-client':
      return 'degraded';
    case 'service-maintenance':
      return 'maintenance';
    case 'inconclusive':
      return 'unknown';
    default:
      return 'local';
  }
}

function Glyph({ kind }: { readonly kind: IconKind }) {
  switch (kind) {
    case 'ok':
      return (
        <>
          <circle cx="10" cy="10" r="9" class="icon__shape" />
          <path d="M5.6 10.4l3 3 5.8-6.4" class="icon__mark" />
        </>
      );
    case 'degraded':
      return (
        <>
          <path d="M10 1.4l9 16.2H1z" class="icon__shape" stroke-linejoin="round" />
          <path d="M10 7v5M10 14.6v.2" class="icon__mark" />
        </>
      );
    case 'outage':
      return <path d="M4.2 4.2l11.6 11.6M15.8 4.2L4.2 15.8" class="icon__cross" />;
    case 'local':
      return (
        <>
          <path d="M10 .6l9.6 9h-2.5v9.8H2.9V9.6H.4z" class="icon__shape" stroke-linejoin="round" />
          <path d="M10 8.2v4.6M10 15.6v.2" class="icon__mark" />
        </>
      );
    case 'maintenance':
      return (
        <>
          <circle cx="10" cy="10" r="9" class="icon__shape" />
          <path d="M10 5v5l3.4 2" class="icon__mark" />
        </>
      );
    case 'paused':
      return (
        <>
          <rect x="3.4" y="2" width="4.6" height="16" rx="1.2" class="icon__shape" />
          <rect x="12" y="2" width="4.6" height="16" rx="1.2" class="icon__shape" />
        </>
      );
    case 'checking':
      return (
        <>
          <circle cx="10" cy="10" r="8.5" class="icon__ring" />
          <circle cx="5.8" cy="10" r="1.5" class="icon__shape icon__dot" />
          <circle cx="10" cy="10" r="1.5" class="icon__shape icon__dot" />
          <circle cx="14.2" cy="10" r="1.5" class="icon__shape icon__dot" />
        </>
      );
    case 'unknown':
      return (
        <>
          <circle cx="10" cy="10" r="8.2" class="icon__ring icon__ring--dashed" />
          <path d="M7.6 7.8a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.4M10 14.6v.2" class="icon__mark icon__mark--ink" />
        </>
      );
  }
}

/** A state icon; decorative (the state is always also written beside it). */
export function StateIcon({ kind, size = 20 }: { readonly kind: IconKind; readonly size?: number }) {
  return (
    <svg class={`icon icon--${kind}`} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <Glyph kind={kind} />
    </svg>
  );
}
