// Filter controls whose values live in the page's query string, so a filtered page is a link.
import { useState } from "react";
import { navigate, useLocation, withParams } from "./router";

/** The page's query string, and a setter that replaces one key (history is not spammed). */
export function useUrlFilters(path: string) {
  const { params } = useLocation();
  return {
    params,
    set: (key: string, value: string) =>
      navigate(`${path}${withParams(params, { [key]: value })}`, { replace: true }),
  };
}

/** The page's view from ?view= (the first view when absent or unknown), and a setter that keeps the first one out of the URL. */
export function useUrlView(path: string, views: Record<string, unknown>) {
  const { params, set } = useUrlFilters(path);
  const first = Object.keys(views)[0];
  const asked = params.get("view") ?? first;
  return {
    view: asked in views ? asked : first,
    setView: (k: string) => set("view", k === first ? "" : k),
    params,
    set,
  };
}

export interface Option {
  value: string;
  label: string;
}

export function SelectFilter({
  label,
  value,
  options,
  any,
  onChange,
}: {
  label: string;
  value: string;
  options: Option[];
  any?: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {any && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A search box that applies on Enter or when it loses focus. */
export function SearchFilter({
  value,
  placeholder,
  onSearch,
}: {
  value: string;
  placeholder: string;
  onSearch: (q: string) => void;
}) {
  const [q, setQ] = useState(value);
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(q);
      }}
    >
      <label>
        Search{" "}
        <input
          type="search"
          aria-label="Search"
          value={q}
          placeholder={placeholder}
          onChange={(e) => setQ(e.target.value)}
          onBlur={() => onSearch(q)}
        />
      </label>
    </form>
  );
}
