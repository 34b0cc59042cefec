/** The peer libraries, loaded lazily so that `--systems claimsift` does not pay for their imports. */
import type { Peer } from './types.js';

export interface PeerEntry {
  readonly name: string;
  load(): Promise<Peer>;
}

export const PEERS: readonly PeerEntry[] = [
  { name: 'compromise', load: async () => (await import('./compromise.js')).compromisePeer },
  { name: 'wink', load: async () => (await import('./wink.js')).winkPeer },
  { name: 'chrono', load: async () => (await import('./chrono.js')).chronoPeer },
  { name: 'recognizers', load: async () => (await import('./recognizers.js')).recognizersPeer },
];
