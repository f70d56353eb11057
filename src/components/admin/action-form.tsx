"use client";
// A small form posting to a server action (publish, delete, restore a
// revision…) that shows the action's refusal in place.
import { useActionState, type ReactNode } from "react";

type State = { message?: string; usedBy?: string[]; attempt: number };

export function ActionForm({ action, hidden, label, tone = "plain", confirm, children }: {
  action: (state: State, data: FormData) => Promise<State>;
  hidden: Record<string, string | number>;
  label: string;
  tone?: "plain" | "primary" | "danger";
  confirm?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { attempt: 0 });
  const colours = tone === "primary" ? "bg-eu text-white hover:bg-eu/90 border-eu" : tone === "danger" ? "border-red-700 text-red-800 hover:bg-red-50" : "border-stone-400 hover:bg-stone-100";
  return (
    <form action={formAction} onSubmit={(e) => { if (confirm && !window.confirm(confirm)) e.preventDefault(); }}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <button type="submit" disabled={pending} className={`rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${colours}`}>{label}</button>
      {state.message ? (
        <div role="alert" className="mt-2 max-w-xl rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p>{state.message}</p>
          {state.usedBy?.length ? (
            <ul className="mt-1 list-disc pl-5">{state.usedBy.map((line) => <li key={line}>{line}</li>)}</ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
