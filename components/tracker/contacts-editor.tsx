"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/form-field";
import type { ApplicationContact } from "@/db/schema/applications";
import { ApiError, callApi } from "./api";

type Editing = { index: number | null; errors: Record<string, string> };

/**
 * The people behind an application (recruiter, hiring manager…): add, edit, remove with undo.
 * Every change saves the whole list with PATCH /api/v1/applications/{id}.
 */
export function ContactsEditor({ applicationId, initial }: { applicationId: string; initial: ApplicationContact[] }) {
  const router = useRouter();
  const [contacts, setContacts] = useState(initial);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removed, setRemoved] = useState<{ before: ApplicationContact[]; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const save = async (next: ApplicationContact[]) => {
    setPending(true);
    setError(null);
    try {
      const { data } = await callApi<{ data: { contacts: ApplicationContact[] } }>(`/api/v1/applications/${applicationId}`, "PATCH", { contacts: next });
      setContacts(data.contacts);
      router.refresh();
      return true;
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not save the contacts.");
      if (err instanceof ApiError && editing) {
        const prefix = `contacts.${editing.index ?? next.length - 1}.`;
        setEditing({ ...editing, errors: Object.fromEntries(Object.entries(err.fields).filter(([p]) => p.startsWith(prefix)).map(([p, m]) => [p.slice(prefix.length), m])) });
      }
      return false;
    } finally {
      setPending(false);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!editing) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    const contact: ApplicationContact = { name: text("name") ?? "", email: text("email"), phone: text("phone"), role: text("role") };
    if (!contact.name) return setEditing({ ...editing, errors: { name: "Give the contact a name" } });
    const next = editing.index === null ? [...contacts, contact] : contacts.map((c, i) => (i === editing.index ? contact : c));
    setRemoved(null);
    if (await save(next)) setEditing(null);
  };

  const remove = async (index: number) => {
    const before = contacts;
    setEditing(null);
    if (await save(contacts.filter((_, i) => i !== index))) setRemoved({ before, name: before[index].name });
  };

  const undo = async () => {
    if (removed && (await save(removed.before))) setRemoved(null);
  };

  const current = editing?.index !== null && editing ? contacts[editing.index] : null;
  return (
    <div className="space-y-3">
      {contacts.length === 0 && !editing && <p className="text-sm text-slate-500">No contacts yet. Add the recruiter or hiring manager you talk to.</p>}
      {contacts.length > 0 && (
        <ul className="divide-y divide-slate-100" aria-label="Contacts">
          {contacts.map((c, i) => (
            <li key={`${c.name}-${i}`} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div>
                <p className="font-medium text-slate-900">
                  {c.name}
                  {c.role && <span className="font-normal text-slate-500"> · {c.role}</span>}
                </p>
                <p className="text-slate-600">
                  {c.email && <a href={`mailto:${c.email}`} className="text-brand-700 hover:underline">{c.email}</a>}
                  {c.email && c.phone && " · "}
                  {c.phone && <a href={`tel:${c.phone}`} className="hover:underline">{c.phone}</a>}
                </p>
              </div>
              <div className="flex gap-1">
                <Button type="button" variant="ghost" onClick={() => setEditing({ index: i, errors: {} })} aria-label={`Edit ${c.name}`}>
                  Edit
                </Button>
                <Button type="button" variant="ghost" onClick={() => remove(i)} disabled={pending} aria-label={`Remove ${c.name}`}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {removed && (
        <p role="status" className="flex items-center gap-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {removed.name} removed.
          <button type="button" className="font-medium text-brand-700 underline" onClick={undo} disabled={pending}>
            Undo
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {editing ? (
        <form key={editing.index ?? "new"} onSubmit={submit} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2" noValidate aria-label={current ? `Edit ${current.name}` : "New contact"}>
          <Field label="Name" error={editing.errors.name}>
            <input name="name" required defaultValue={current?.name} className={inputClass} autoFocus />
          </Field>
          <Field label="Role" error={editing.errors.role}>
            <input name="role" defaultValue={current?.role ?? ""} placeholder="Recruiter, hiring manager…" className={inputClass} />
          </Field>
          <Field label="E-mail" error={editing.errors.email}>
            <input name="email" type="email" defaultValue={current?.email ?? ""} className={inputClass} />
          </Field>
          <Field label="Phone" error={editing.errors.phone}>
            <input name="phone" type="tel" defaultValue={current?.phone ?? ""} className={inputClass} />
          </Field>
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : current ? "Save contact" : "Add contact"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setEditing({ index: null, errors: {} })}>
          Add contact
        </Button>
      )}
    </div>
  );
}
