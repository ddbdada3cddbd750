import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RealtimeEvent } from '../../../common/events.ts';
import type { RealtimeHub } from './hub.ts';

const heartbeatMs = 15_000;

/**
 * Streams a channel's events as Server-Sent Events. The current state is sent first, so a client
 * that reconnects (EventSource does by itself) catches up at once.
 */
export async function streamEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { hub: RealtimeHub; channel: string; initial: () => Promise<RealtimeEvent> },
): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (event: RealtimeEvent) =>
    response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = options.hub.subscribe(options.channel, send);
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.raw.on('close', stop);
  try {
    send(await options.initial());
  } catch (error) {
    request.log.error({ err: error }, 'could not send the initial state');
    stop();
    response.end();
  }
}
