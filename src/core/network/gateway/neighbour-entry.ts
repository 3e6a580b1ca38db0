/** One entry of the neighbour (ARP/NDP) table. */
export interface NeighbourEntry {
  /** Canonical address, without zone. */
  readonly address: string;
  /** The interface, when the table says. */
  readonly interfaceName?: string;
  /** The link-layer address; absent while unresolved. */
  readonly mac?: string;
  /**
   * The neighbour answered recently: Linux REACHABLE, STALE or DELAY with a
   * MAC; on macOS and Windows, which show no state, a resolved dynamic entry.
   */
  readonly alive: boolean;
}
