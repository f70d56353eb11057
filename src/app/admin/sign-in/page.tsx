import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminHeader } from "@/components/admin/ui";
import { ADMIN_HOME, safeNextPath } from "@/lib/auth/next-path";
import { currentViewer } from "@/server/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(Array.isArray(next) ? next[0] : next);
  if (await currentViewer()) redirect(nextPath ?? ADMIN_HOME);
  return (
    <>
      <AdminHeader title="Sign in to the Kizuna admin">
        <p className="mt-2 max-w-2xl text-muted">For the people who edit the directory. Accounts are created by an administrator.</p>
      </AdminHeader>
      <SignInForm next={nextPath ?? ""} />
    </>
  );
}
