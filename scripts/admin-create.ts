// npm run admin:create -- --email ana@example.org [--name "Ana Sato"] [--role admin|editor] [--reset-password]
//
// Creates an admin account (or, with --reset-password, gives an existing one a
// new password and signs it out everywhere) in the same database as
// `npm start`: DATABASE_URL when set, else the embedded PostgreSQL in .data/
// (the running one when `npm start` has it open). There is no default password:
// it is asked twice on a terminal, without echo, or read from the first line of
// standard input when that is not a terminal (`… < file`, a pipe, a test).
import { parseArgs } from "node:util";
import { EmailSchema, PasswordSchema, UserRoleSchema } from "../src/lib/auth/schemas";
// passwords.ts does not import `server-only` (see its header), so it runs here too.
import { hashPassword, passwordPolicyProblem } from "../src/server/auth/passwords";
import { createPrisma, log, openDatabase, ROOT, run } from "./lib/database";
import type { RunningDatabase } from "./lib/embedded-postgres";
import { migrate } from "./lib/migrate";
import { runningEmbeddedUrl } from "./lib/running-database";

const USAGE = `usage: npm run admin:create -- --email <address> [--name "<name>"] [--role admin|editor] [--reset-password]`;

function parseCommandLine() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        "reset-password": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const email = EmailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new Error(`--email: ${email.error.issues[0]?.message}\n${USAGE}`);
  const role = UserRoleSchema.safeParse((values.role ?? "admin").toUpperCase());
  if (!role.success) throw new Error(`--role must be admin or editor (got "${values.role}")`);
  const name = (values.name ?? "").trim() || email.data.split("@")[0];
  if (name.length > 120) throw new Error("--name: use at most 120 characters");
  return { email: email.data, name, role: role.data, reset: values["reset-password"], roleGiven: values.role !== undefined, nameGiven: values.name !== undefined };
}

/** Reads one line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.resume();
    let value = "";
    const finish = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return finish();
        if (ch === "\u0003" || (ch === "\u0004" && value === "")) return finish(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = Array.from(value).slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    }
    stdin.on("data", onData);
  });
}

async function readPassword(email: string): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden(`New password for ${email}: `);
    const second = await promptHidden("The same password again: ");
    if (first !== second) throw new Error("the two passwords differ; nothing was changed");
    return first;
  }
  // Up to the first newline (or the end of input): the writer need not close the pipe.
  let text = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) {
    text += chunk as string;
    if (text.includes("\n")) break;
  }
  const line = text.split("\n")[0]?.replace(/\r$/, "") ?? "";
  if (!line) throw new Error("no password on standard input (its first line is the password)");
  return line;
}

/** The password policy of the app: length, not common, not the email. */
function checkPassword(password: string, email: string): void {
  const length = PasswordSchema.safeParse(password);
  if (!length.success) throw new Error(`password refused: ${length.error.issues[0]?.message}`);
  const problem = passwordPolicyProblem(password, email);
  if (problem) throw new Error(`password refused: ${problem}`);
}

async function database(): Promise<RunningDatabase> {
  const running = runningEmbeddedUrl();
  if (!running) return openDatabase();
  log(`using the embedded PostgreSQL that is already running (${new URL(running).host})`);
  await migrate(running, log);
  return { url: running, stop: async () => {} };
}

run(async () => {
  // The common-passwords list is read relative to the project folder.
  process.chdir(ROOT);
  const options = parseCommandLine();
  const password = await readPassword(options.email);
  checkPassword(password, options.email);
  const passwordHash = await hashPassword(password);

  const db = await database();
  const prisma = createPrisma(db.url);
  try {
    const existing = await prisma.user.findUnique({ where: { email: options.email }, select: { id: true, disabledAt: true } });
    if (options.reset) {
      if (!existing) throw new Error(`no account has the email ${options.email}; leave out --reset-password to create it`);
      if (options.roleGiven || options.nameGiven) log("--role and --name are ignored with --reset-password (change them on the Users page)");
      const [, ended] = await prisma.$transaction([
        prisma.user.update({ where: { id: existing.id }, data: { passwordHash } }),
        prisma.session.deleteMany({ where: { userId: existing.id } }),
        prisma.auditEvent.create({ data: { action: "password-change", email: options.email, detail: "reset from the command line (npm run admin:create --reset-password)" } }),
      ]);
      log(`new password set for ${options.email}; ${ended.count} session(s) signed out`);
      if (existing.disabledAt) log("note: this account is disabled; an administrator can enable it on the Users page");
      return;
    }
    if (existing) throw new Error(`there is already an account with the email ${options.email}; add --reset-password to give it a new password`);
    await prisma.$transaction([
      prisma.user.create({ data: { email: options.email, name: options.name, role: options.role, passwordHash } }),
      prisma.auditEvent.create({ data: { action: "user-create", email: options.email, detail: `created as ${options.role} from the command line (npm run admin:create)` } }),
    ]);
    log(`created ${options.role === "ADMIN" ? "administrator" : "editor"} ${options.name} <${options.email}>; sign in at /admin/sign-in`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
});
