import { afterAll, describe, expect, it } from "vitest";
import { getAgreement } from "@/server/agreements/queries";
import { getPair } from "@/server/pairs/queries";
import { getRegion } from "@/server/regions/queries";
import { testPrisma } from "../support/db";

// An editor's preview (src/server/preview.ts) asks the loaders for drafts too:
// `{ drafts: true }` widens the page's own record to DRAFT or PUBLISHED, never
// TRASHED, and leaves every record the page links to published-only.

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

type Status = "DRAFT" | "PUBLISHED" | "TRASHED";

/** Runs `fn` with the seeded agreement in `status`, then publishes it again. */
async function withAgreement(slug: string, status: Status, fn: () => Promise<void>) {
  await prisma.agreement.update({ where: { slug }, data: { status } });
  try {
    await fn();
  } finally {
    await prisma.agreement.update({ where: { slug }, data: { status: "PUBLISHED" } });
  }
}

async function withRegion(slug: string, status: Status, fn: () => Promise<void>) {
  await prisma.region.update({ where: { slug }, data: { status } });
  try {
    await fn();
  } finally {
    await prisma.region.update({ where: { slug }, data: { status: "PUBLISHED" } });
  }
}

const slugs = (list: { slug: string }[]) => list.map((x) => x.slug);

describe("agreements in a preview", () => {
  const slug = "occitanie-kyoto-cooperation-accord";

  it("a published agreement is the same with or without drafts, and is not marked as a draft", async () => {
    const plain = await getAgreement(slug);
    const preview = await getAgreement(slug, { drafts: true });
    expect(plain).not.toBeNull();
    expect(plain!.draftId).toBeNull();
    expect(preview).toEqual(plain);
  });

  it("a draft agreement is hidden from the public but shown in a preview, with its id", async () => {
    const { id } = await prisma.agreement.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await withAgreement(slug, "DRAFT", async () => {
      expect(await getAgreement(slug)).toBeNull();
      expect(await getAgreement(slug, { drafts: false })).toBeNull();
      const draft = await getAgreement(slug, { drafts: true });
      expect(draft).not.toBeNull();
      expect(draft!.slug).toBe(slug);
      expect(draft!.draftId).toBe(id);
      expect(draft!.signatories.map((s) => s.personSlug).sort()).toEqual(["carole-delga", "keiji-yamada"]);
    });
    expect((await getAgreement(slug))!.draftId).toBeNull();
  });

  it("a trashed agreement is never shown", async () => {
    await withAgreement(slug, "TRASHED", async () => {
      expect(await getAgreement(slug)).toBeNull();
      expect(await getAgreement(slug, { drafts: true })).toBeNull();
    });
  });

  it("only the page's own record widens: a draft party stays hidden in a draft agreement's preview", async () => {
    const agreement = "knowledge-capital-tuba-accord-2016";
    await prisma.organisation.update({ where: { slug: "veolia" }, data: { status: "DRAFT" } });
    try {
      await withAgreement(agreement, "DRAFT", async () => {
        const draft = await getAgreement(agreement, { drafts: true });
        expect(draft).not.toBeNull();
        expect(slugs(draft!.parties)).not.toContain("veolia");
        expect(slugs(draft!.parties)).toEqual(expect.arrayContaining(["knowledge-capital", "tuba"]));
      });
    } finally {
      await prisma.organisation.update({ where: { slug: "veolia" }, data: { status: "PUBLISHED" } });
    }
  });

  it("a malformed slug is still null without reaching the database", async () => {
    expect(await getAgreement("\u0000", { drafts: true })).toBeNull();
  });
});

describe("regions in a preview", () => {
  const slug = "occitanie";

  it("a draft region is hidden from the public but shown in a preview, with its id", async () => {
    const { id } = await prisma.region.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    expect((await getRegion(slug, { drafts: true }))!.draftId).toBeNull();
    await withRegion(slug, "DRAFT", async () => {
      expect(await getRegion(slug)).toBeNull();
      const draft = await getRegion(slug, { drafts: true });
      expect(draft).not.toBeNull();
      expect(draft!.draftId).toBe(id);
      expect(draft!.ancestors.map((a) => a.slug)).toEqual(["france"]);
      expect(slugs(draft!.agreements)).toContain("occitanie-kyoto-cooperation-accord");
    });
    expect((await getRegion(slug))!.draftId).toBeNull();
  });

  it("a trashed region is never shown", async () => {
    await withRegion(slug, "TRASHED", async () => {
      expect(await getRegion(slug)).toBeNull();
      expect(await getRegion(slug, { drafts: true })).toBeNull();
    });
  });

  it("a draft region's preview still leaves out its draft agreements", async () => {
    const agreement = "occitanie-kyoto-cooperation-accord";
    await withRegion(slug, "DRAFT", () =>
      withAgreement(agreement, "DRAFT", async () => {
        const draft = await getRegion(slug, { drafts: true });
        expect(draft).not.toBeNull();
        expect(slugs(draft!.agreements)).not.toContain(agreement);
        expect(draft!.totals.agreements).toBe(draft!.agreements.length);
      }),
    );
  });

  it("a published pair's preview still leaves out a draft agreement", async () => {
    await withAgreement("occitanie-kyoto-cooperation-accord", "DRAFT", async () => {
      const pair = await getPair("occitanie-kyoto", { drafts: true });
      expect(pair).not.toBeNull();
      expect(pair!.draftId).toBeNull();
      expect(slugs(pair!.agreements)).not.toContain("occitanie-kyoto-cooperation-accord");
    });
  });
});
