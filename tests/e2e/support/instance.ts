import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

// For specs that need more than the app `npm test` starts: another instance of
// the same build on the same database (with its own settings), and accounts
// made with the real `admin:create` command.

export const ROOT = path.resolve(import.meta.dirname, "../../..");

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tier through `npm test`.");
  return url;
}

export function createAccount(email: string, password: string, options: { name?: string; role?: "admin" | "editor" } = {}) {
  const args = ["run", "--silent", "admin:create", "--", "--email", email, "--role", options.role ?? "admin", ...(options.name ? ["--name", options.name] : [])];
  const result = spawnSync("npm", args, { cwd: ROOT, input: `${password}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl() } });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `next start` on a free port against the test database; resolves once it answers. */
export async function startInstance(env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT, stdio: "ignore", env: { ...process.env, DATABASE_URL: databaseUrl(), PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  for (;;) {
    try {
      if ((await fetch(`${url}/admin/sign-in`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error("the extra app instance did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => child.kill("SIGTERM") };
}
