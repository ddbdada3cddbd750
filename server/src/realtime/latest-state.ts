import type { RealtimeEvent } from '../../../common/events.ts';
import type { RealtimeHub } from './hub.ts';

interface Entry {
  event: Promise<RealtimeEvent>;
  at: number;
}

interface ChannelCache {
  entries: Map<string, Entry>;
  /** Bumped at every delivery, so a computation that started before one does not overwrite it. */
  version: number;
}

const caches = new WeakMap<RealtimeHub, Map<string, ChannelCache>>();

/**
 * The current state a stream starts with, shared by the clients that connect within `ttlMs`.
 * Computing it reads the whole attendance sheet; 10 000 phones connecting at once would each
 * read it. Every event the hub delivers on the channel replaces the cached one of its type (it is
 * the newest state), so a client never starts from a state older than the last event.
 */
export function latestState(
  hub: RealtimeHub,
  channel: string,
  type: RealtimeEvent['type'],
  compute: () => Promise<RealtimeEvent>,
  ttlMs = 1000,
): Promise<RealtimeEvent> {
  let channels = caches.get(hub);
  if (!channels) {
    channels = new Map();
    caches.set(hub, channels);
  }
  let cache = channels.get(channel);
  if (!cache) {
    const created: ChannelCache = { entries: new Map(), version: 0 };
    cache = created;
    channels.set(channel, created);
    hub.subscribe(channel, (event) => {
      created.version += 1;
      created.entries.set(event.type, { event: Promise.resolve(event), at: Date.now() });
    });
  }
  const found = cache.entries.get(type);
  if (found && Date.now() - found.at < ttlMs) return found.event;
  const versionAtStart = cache.version;
  const event = compute();
  const entry = { event, at: Date.now() };
  cache.entries.set(type, entry);
  event.then(
    () => {
      if (cache.version !== versionAtStart && cache.entries.get(type) === entry) cache.entries.delete(type);
    },
    () => {
      if (cache.entries.get(type) === entry) cache.entries.delete(type);
    },
  );
  return event;
}
