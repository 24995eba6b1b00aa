import type { InputHTMLAttributes, ReactNode } from "react";

const fieldClass = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none";

/** A visible label wrapping its control, so the control's accessible name is the label text. */
function FilterLabel({ label, hint, className = "", children }: { label: string; hint?: string; className?: string; children: ReactNode }) {
  return (
    <label className={`flex flex-col text-xs font-medium text-slate-600 ${className}`}>
      <span>
        {label}
        {hint && <span className="font-normal text-slate-400"> {hint}</span>}
      </span>
      {children}
    </label>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "className" | "defaultValue"> & { label: string; hint?: string; value?: string; labelClassName?: string; inputClassName?: string };

export function FilterInput({ label, hint, value, labelClassName, inputClassName = "", ...input }: InputProps) {
  return (
    <FilterLabel label={label} hint={hint} className={labelClassName}>
      <input {...input} defaultValue={value} className={`${fieldClass} ${inputClassName}`} />
    </FilterLabel>
  );
}

export type SelectOption = { value: string; label: string };

/** A select whose first option, "Any", submits an empty value (the page ignores empty filters). */
export function FilterSelect({ label, name, value, options }: { label: string; name: string; value?: string; options: readonly SelectOption[] }) {
  // Keep a value from the URL that is not among the options selected, rather than silently showing "Any".
  const known = !value || options.some((o) => o.value === value);
  return (
    <FilterLabel label={label}>
      <select name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">Any</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterLabel>
  );
}
