import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { parseIp, type IpAddress } from "@/lib/auth/client-address";

// The socket address of every request, for clientIp() (./session.ts).
//
// Route handlers and server actions in Next.js 16 see request headers only,
// never the socket (NextRequest.ip is gone since Next 15). What `next start`
// does instead, checked by experiment with curl against 16.4.6 (and in
// node_modules/next/dist/server/base-server.js): it sets
// `x-forwarded-for ??= socket.remoteAddress`, i.e. only when the request has
// no X-Forwarded-For. A client talking to the app directly that sends
// `X-Forwarded-For: 6.6.6.6` is seen as 6.6.6.6, and its socket address is
// then nowhere in the request; two such headers arrive joined ("6.6.6.6,
// 7.7.7.7"); without one, the header holds the raw socket address
// ("::ffff:127.0.0.1" on a dual-stack listener). So that header cannot tell a
// proxy's word from a client's.
//
// Node publishes every incoming request on the "http.server.request.start"
// diagnostics channel, synchronously, before the server's "request" event
// reaches Next. The subscriber below writes the socket's address into a
// header of our own, overwriting whatever the client sent under that name.
// It is registered from src/instrumentation.ts, which Next runs once before
// the server handles any request.

export const SOCKET_ADDRESS_HEADER = "x-kizuna-socket-address";

const REGISTERED = Symbol.for("kizuna.socket-address-header");
type Registry = { [REGISTERED]?: true };

type RequestStart = { request: IncomingMessage; socket: Socket };

export function recordSocketAddresses(): void {
  const registry = globalThis as Registry;
  if (registry[REGISTERED]) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as RequestStart;
    request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
  registry[REGISTERED] = true;
}

/** The socket's peer, when recordSocketAddresses() recorded it for this request. */
export function socketPeer(h: Headers): IpAddress | null {
  return socketAddressesRecorded() ? parseIp(h.get(SOCKET_ADDRESS_HEADER)) : null;
}

/**
 * True once recordSocketAddresses() runs in this process. Until then the
 * header would be whatever the client sent, so clientIp() refuses to read it.
 */
export function socketAddressesRecorded(): boolean {
  return (globalThis as Registry)[REGISTERED] === true;
}
