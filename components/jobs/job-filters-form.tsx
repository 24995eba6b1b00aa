import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { employmentTypes, seniorityLevels } from "@/lib/jobs/vocabulary";
import type { JobFilters } from "@/lib/jobs/filters";
import { FilterInput, FilterSelect, type SelectOption } from "./filter-fields";
import { humanise } from "./format";

type Values = Partial<Record<keyof JobFilters, string>>;

const asOptions = (values: readonly string[]): SelectOption[] => values.map((value) => ({ value, label: humanise(value) ?? value }));

// A date input only shows yyyy-mm-dd; a full timestamp in the URL still filters, shown by its day.
const dateOnly = (value?: string) => /^\d{4}-\d{2}-\d{2}/.exec(value ?? "")?.[0];

/** A plain GET form: works without JavaScript, and every filter lands in the URL. */
export function JobFiltersForm({ values, sources, filtered, basePath = "/jobs" }: { values: Values; sources: ReadonlyArray<{ name: string }>; filtered: boolean; basePath?: string }) {
  return (
    <form role="search" action={basePath} aria-label="Filter jobs" className="mb-4 flex flex-wrap items-end gap-3">
      <FilterInput label="Search" name="q" type="search" value={values.q} placeholder="Title, skill or keyword" labelClassName="min-w-56 flex-1" />
      <FilterInput label="Location" name="location" value={values.location} placeholder="City or country code" inputClassName="w-44" />
      <FilterSelect label="Type" name="employment_type" value={values.employment_type} options={asOptions(employmentTypes)} />
      <FilterSelect label="Level" name="level" value={values.level} options={asOptions(seniorityLevels)} />
      <FilterSelect
        label="Remote"
        name="remote"
        value={values.remote}
        options={[
          { value: "true", label: "Remote only" },
          { value: "false", label: "On-site only" },
        ]}
      />
      <FilterSelect
        label="Internship"
        name="internship"
        value={values.internship}
        options={[
          { value: "true", label: "Internships only" },
          { value: "false", label: "No internships" },
        ]}
      />
      <FilterInput label="Min salary" hint="/ yr" name="min_salary" type="number" min={0} step={1000} inputMode="numeric" value={values.min_salary} placeholder="e.g. 50000" inputClassName="w-32" />
      <FilterInput label="Max salary" hint="/ yr" name="max_salary" type="number" min={0} step={1000} inputMode="numeric" value={values.max_salary} placeholder="e.g. 90000" inputClassName="w-32" />
      <FilterSelect label="Source" name="source" value={values.source} options={sources.map((s) => ({ value: s.name, label: s.name }))} />
      <FilterInput label="Posted since" name="posted_since" type="date" value={dateOnly(values.posted_since)} />
      <button type="submit" className={buttonClass("primary")}>
        Search
      </button>
      {filtered && (
        <Link href={basePath} className={buttonClass("ghost")}>
          Clear filters
        </Link>
      )}
    </form>
  );
}
