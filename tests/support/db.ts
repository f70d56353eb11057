import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export function testPrisma(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.TEST_DATABASE_URL! }) });
}

export async function withPg<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An editor account for tests that write through the admin layer (its revisions and audit lines point at it). */
export async function createTestEditor(prisma: PrismaClient, name: string): Promise<{ id: number }> {
  const user = await prisma.user.create({
    data: { email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID()}@example.test`, name, role: "EDITOR", passwordHash: "not-a-real-hash" },
  });
  return { id: user.id };
}

/** Removes a test editor with the revisions and audit lines it wrote. */
export async function removeTestEditor(prisma: PrismaClient, editor: { id: number }): Promise<void> {
  await prisma.revision.deleteMany({ where: { userId: editor.id } });
  await prisma.auditEvent.deleteMany({ where: { userId: editor.id } });
  await prisma.user.delete({ where: { id: editor.id } });
}

type SluggedTable = "region" | "organisation" | "sector" | "person" | "source" | "mission" | "event" | "agreement";

/** The id of a seed record by its slug. */
export async function idOfSlug(prisma: PrismaClient, table: SluggedTable, slug: string): Promise<number> {
  const delegate = prisma[table] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ id: number }> };
  return (await delegate.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}
