import type { RealtimeEvent } from '../../../common/events.ts';
import type { RealtimeHub } from './hub.ts';

interface Entry {
  event: Promise<RealtimeEvent>;
  at: number;
  isSettled: boolean;
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
      created.entries.set(event.type, { event: Promise.resolve(event), at: Date.now(), isSettled: true });
    });
  }
  const found = cache.entries.get(type);
  // A computation still running is shared whatever its age: starting another would only add load.
  if (found && (!found.isSettled || Date.now() - found.at < ttlMs)) return found.event;
  const versionAtStart = cache.version;
  const event = compute();
  const entry: Entry = { event, at: Date.now(), isSettled: false };
  cache.entries.set(type, entry);
  event.then(
    () => {
      entry.isSettled = true;
      entry.at = Date.now();
      if (cache.version !== versionAtStart && cache.entries.get(type) === entry) cache.entries.delete(type);
    },
    () => {
      if (cache.entries.get(type) === entry) cache.entries.delete(type);
    },
  );
  return event;
}
