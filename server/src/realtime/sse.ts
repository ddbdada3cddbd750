import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RealtimeEvent } from '../../../common/events.ts';
import type { RealtimeHub } from './hub.ts';

const heartbeatMs = 15_000;

// One event goes to every client of a channel: it is serialised once, not once per client
// (10 000 phones waiting for a result).
const serialisedEvents = new WeakMap<RealtimeEvent, string>();
function serialised(event: RealtimeEvent): string {
  let text = serialisedEvents.get(event);
  if (text === undefined) {
    text = `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
    serialisedEvents.set(event, text);
  }
  return text;
}

/**
 * Streams a channel's events as Server-Sent Events. The current state is sent first, so a client
 * that reconnects (EventSource does by itself) catches up at once.
 */
export async function streamEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    hub: RealtimeHub;
    channel: string;
    /** More channels the stream follows besides `channel`. */
    alsoChannels?: string[];
    initial: () => Promise<RealtimeEvent | RealtimeEvent[]>;
  },
): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (event: RealtimeEvent) => response.write(serialised(event));
  const unsubscribers = [options.channel, ...(options.alsoChannels ?? [])].map((channel) =>
    options.hub.subscribe(channel, send),
  );
  const unsubscribe = () => unsubscribers.forEach((stop) => stop());
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.raw.on('close', stop);
  try {
    const initial = await options.initial();
    for (const event of Array.isArray(initial) ? initial : [initial]) send(event);
  } catch (error) {
    request.log.error({ err: error }, 'could not send the initial state');
    stop();
    response.end();
  }
}
