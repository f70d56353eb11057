import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseIp } from "@/lib/auth/client-address";
import { testPrisma } from "../support/db";

// Every admin server action, route handler and page checks the session and
// the role itself. Here each is called directly, against the real database,
// as Next.js would call it for a request: with no session, with an expired
// session, and (where only admins may act) as an editor. All must refuse and
// write nothing. Only Next's request context (the cookie jar and the headers)
// is stood in for; everything below it is the real code.

// next.config.ts turns on authInterrupts (forbidden()); `next build` passes that to the code as this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const request = { cookies: new Map<string, string>(), headers: new Headers() };

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
  headers: async () => request.headers,
  draftMode: async () => ({ isEnabled: false, enable: () => {}, disable: () => {} }),
}));

const prisma = testPrisma();
const { createSession } = await import("@/server/auth/session-store");
const records = await import("@/app/admin/[type]/actions");
const account = await import("@/app/admin/account/actions");
const users = await import("@/app/admin/users/actions");
const suggest = await import("@/app/api/v1/admin/suggest/route");

let editorToken = "";
let expiredToken = "";
let editorId = 0;
let agreementId = 0;

async function counts() {
  const [revisions, audit, usersCount, sessions, citations, agreement] = await Promise.all([
    prisma.revision.count(), prisma.auditEvent.count(), prisma.user.count(), prisma.session.count({ where: { expiresAt: { gt: new Date() } } }), prisma.citation.count(),
    prisma.agreement.findUniqueOrThrow({ where: { id: agreementId }, select: { version: true, status: true, title: true } }),
  ]);
  return { revisions, audit, usersCount, sessions, citations, agreement };
}

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

/** Runs an action or page that may answer by redirecting; returns the redirect target, if any. */
async function outcome(run: () => Promise<unknown>): Promise<{ value?: unknown; redirect?: string; status?: number }> {
  try {
    return { value: await run() };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { status: Number(digest.split(";")[1]) };
    throw error;
  }
}

beforeAll(async () => {
  const editor = await prisma.user.create({ data: { email: `authz-editor-${Date.now()}@example.org`, name: "Authz Editor", role: "EDITOR", passwordHash: "not-a-real-hash" } });
  editorId = editor.id;
  editorToken = (await createSession(editor.id, { ip: parseIp("127.0.0.1"), userAgent: "vitest" })).token;
  const expired = await createSession(editor.id, { ip: parseIp("127.0.0.1"), userAgent: "vitest" });
  expiredToken = expired.token;
  await prisma.session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  agreementId = (await prisma.agreement.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } })).id;
});

afterAll(async () => {
  await prisma.session.deleteMany({ where: { userId: editorId } });
  await prisma.$disconnect();
});

beforeEach(() => {
  request.cookies.clear();
  request.headers = new Headers({ "x-forwarded-for": "203.0.113.9", "user-agent": "vitest" });
});

/** Every editor action, called the way its form calls it. */
function editorActions(version: number) {
  return {
    saveRecordAction: () => records.saveRecordAction("agreement", agreementId, { attempt: 0, version }, form({ _version: String(version), title: "Hijacked", slug: "hijacked" })),
    createRecordAction: () => records.saveRecordAction("region", null, { attempt: 0, version: null }, form({ name: "Nowhere", slug: "nowhere", kind: "REGION", side: "EUROPE", country: "FR" })),
    statusAction: () => records.statusAction("agreement", agreementId, { attempt: 0 }, form({ action: "delete", _version: String(version) })),
    revertAction: () => records.revertAction("agreement", agreementId, { attempt: 0 }, form({ revision: "1", _version: String(version) })),
    citeAction: () => records.citeAction(1, { attempt: 0 }, form({ record: `agreement:${agreementId}`, field: "", quote: "anything" })),
    changePasswordAction: () => account.changePasswordAction({} as never, form({ currentPassword: "x", newPassword: "another long password 1", confirmPassword: "another long password 1" })),
    signOutEverywhereAction: () => account.signOutEverywhereAction(),
  };
}

const adminActions = () => ({
  createUserAction: () => users.createUserAction({} as never, form({ email: "intruder@example.org", name: "Intruder", role: "ADMIN", password: "a very long password indeed" })),
  changeRoleAction: () => users.changeRoleAction({} as never, form({ userId: String(editorId), role: "ADMIN" })),
  setUserDisabledAction: () => users.setUserDisabledAction({} as never, form({ userId: String(editorId), disabled: "true" })),
});

describe.each([
  ["without a session", () => {}],
  ["with an expired session", () => request.cookies.set("kizuna_session", expiredToken)],
  ["with a forged session cookie", () => request.cookies.set("kizuna_session", "A".repeat(43))],
])("admin server actions %s", (_name, setup) => {
  it("refuse every action and write nothing", async () => {
    setup();
    const before = await counts();
    for (const [name, action] of Object.entries({ ...editorActions(before.agreement.version), ...adminActions() })) {
      const result = await outcome(action);
      // Refused either as a message in the form's state or by sending the user to sign in.
      const refused = result.redirect?.startsWith("/admin/sign-in") || /sign in|signed out/i.test(JSON.stringify(result.value ?? ""));
      expect(refused, `${name}: ${JSON.stringify(result)}`).toBe(true);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuse the suggestions API with 401", async () => {
    setup();
    const response = await suggest.POST(new Request("http://localhost/api/v1/admin/suggest", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Kyoto" }) }));
    expect(response.status).toBe(401);
  });
});

describe("an editor (not an admin)", () => {
  it("cannot create users, change roles or disable accounts", async () => {
    request.cookies.set("kizuna_session", editorToken);
    const before = await counts();
    for (const [name, action] of Object.entries(adminActions())) {
      const result = await outcome(action);
      expect(JSON.stringify(result.value ?? result), name).toMatch(/Only administrators/);
    }
    expect(await counts()).toEqual(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editorId } })).role).toBe("EDITOR");
  });

  it("is refused the admin-only pages (403)", async () => {
    request.cookies.set("kizuna_session", editorToken);
    const audit = (await import("@/app/admin/audit/page")).default;
    const usersPage = (await import("@/app/admin/users/page")).default;
    expect((await outcome(() => audit({ searchParams: Promise.resolve({}) }))).status).toBe(403);
    expect((await outcome(() => (usersPage as () => Promise<unknown>)()))).toMatchObject({ status: 403 });
  });
});

describe("admin pages", () => {
  const pages: [string, () => Promise<{ default: (props: never) => Promise<unknown> }>, unknown][] = [
    ["/admin", () => import("@/app/admin/page"), {}],
    ["/admin/[type]", () => import("@/app/admin/[type]/page"), { params: Promise.resolve({ type: "agreement" }), searchParams: Promise.resolve({}) }],
    ["/admin/[type]/new", () => import("@/app/admin/[type]/new/page"), { params: Promise.resolve({ type: "agreement" }) }],
    ["/admin/[type]/[id]", () => import("@/app/admin/[type]/[id]/page"), { params: Promise.resolve({ type: "agreement", id: "1" }), searchParams: Promise.resolve({}) }],
    ["/admin/[type]/[id]/history", () => import("@/app/admin/[type]/[id]/history/page"), { params: Promise.resolve({ type: "agreement", id: "1" }) }],
    ["/admin/trash", () => import("@/app/admin/trash/page"), { searchParams: Promise.resolve({}) }],
    ["/admin/audit", () => import("@/app/admin/audit/page"), { searchParams: Promise.resolve({}) }],
    ["/admin/users", () => import("@/app/admin/users/page"), {}],
    ["/admin/account", () => import("@/app/admin/account/page"), {}],
  ];

  it.each(pages)("%s sends a signed-out visitor to the sign-in page before reading anything", async (_path, load, props) => {
    request.cookies.set("kizuna_session", expiredToken);
    const page = (await load()).default;
    const result = await outcome(() => page(props as never));
    expect(result.redirect).toMatch(/^\/admin\/sign-in/);
  });
});
