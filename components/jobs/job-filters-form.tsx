import { employmentTypes, seniorityLevels } from "@/lib/etl/canonical";
import { buttonClass } from "@/components/ui/button";
import { humanise } from "./format";

type Values = { q?: string; location?: string; remote?: string; employment_type?: string; level?: string };

/** A plain GET form: works without JavaScript, and every filter lands in the URL. */
export function JobFiltersForm({ values }: { values: Values }) {
  const field = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none";
  return (
    <form role="search" action="/jobs" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-56 flex-1 flex-col text-xs font-medium text-slate-600">
        Search
        <input name="q" type="search" defaultValue={values.q} placeholder="Title, skill or keyword" className={`${field} mt-1`} />
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Location
        <input name="location" defaultValue={values.location} placeholder="City or country code" className={`${field} mt-1 w-44`} />
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Type
        <select name="employment_type" defaultValue={values.employment_type ?? ""} className={`${field} mt-1`}>
          <option value="">Any</option>
          {employmentTypes.map((t) => (
            <option key={t} value={t}>
              {humanise(t)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Level
        <select name="level" defaultValue={values.level ?? ""} className={`${field} mt-1`}>
          <option value="">Any</option>
          {seniorityLevels.map((l) => (
            <option key={l} value={l}>
              {humanise(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium text-slate-600">
        Remote
        <select name="remote" defaultValue={values.remote ?? ""} className={`${field} mt-1`}>
          <option value="">Any</option>
          <option value="true">Remote only</option>
          <option value="false">On-site only</option>
        </select>
      </label>
      <button type="submit" className={buttonClass("primary")}>
        Search
      </button>
    </form>
  );
}
