/** The peer libraries, loaded lazily so that `--systems claimsift` does not pay for their imports. */
import type { Peer } from './types.js';

export interface PeerEntry {
  readonly name: string;
  load(): Promise<Peer>;
}

export const PEERS: readonly PeerEntry[] = [];
