import { keyState, when } from "./key-format";
import { RevokeKeyForm } from "./revoke-key-form";

export type KeyRow = {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
  owner?: { email: string; role: string };
};

/** API keys as a table, each active one revocable; with `showOwner`, whose key it is (the admins' view). */
export function KeysTable(props: {
  keys: KeyRow[];
  showOwner?: boolean;
  empty: string;
  rowTestId: string;
  revoke: (form: FormData) => void;
  revoking: boolean;
}) {
  const { keys, showOwner = false, empty, rowTestId, revoke, revoking } = props;
  const columns = showOwner ? 6 : 5;
  return (
    <table className="min-w-full text-sm">
      <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
        <tr>
          {showOwner && <th className="py-2">Owner</th>}
          <th className="py-2">Name</th>
          <th className="py-2">Key</th>
          <th className="py-2">Last used</th>
          <th className="py-2">Expires</th>
          <th className="py-2" />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {keys.length === 0 && (
          <tr>
            <td colSpan={columns} className="py-3 text-slate-500">
              {empty}
            </td>
          </tr>
        )}
        {keys.map((k) => (
          <tr key={k.id} data-testid={rowTestId}>
            {showOwner && (
              <td className="py-2">
                {k.owner?.email} <span className="text-xs text-slate-500">· {k.owner?.role}</span>
              </td>
            )}
            <td className="py-2">{k.name}</td>
            <td className="py-2 font-mono text-xs">{k.prefix}…</td>
            <td className="py-2 text-slate-500">{when(k.lastUsedAt)}</td>
            <td className="py-2 text-slate-500">{k.expiresAt ? when(k.expiresAt) : "never"}</td>
            <td className="py-2 text-right">
              {keyState(k) === "active" ? <RevokeKeyForm id={k.id} name={k.name} action={revoke} pending={revoking} /> : <span className="text-xs capitalize text-slate-400">{keyState(k)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
