"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { bookmarkletHref } from "@/lib/tracker/bookmarklet";

/**
 * The draggable "Save to Hireflow" link. React refuses `javascript:` hrefs in JSX, so the
 * attribute is set on the element directly, for this page's own origin.
 */
const noSubscription = () => () => {};

export function BookmarkletLink() {
  const link = useRef<HTMLAnchorElement>(null);
  // The origin exists only in the browser; the server renders the link without an href.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const code = origin ? bookmarkletHref(origin) : "";
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (code) link.current?.setAttribute("href", code);
  }, [code]);
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  return (
    <div className="space-y-4">
      <a
        ref={link}
        data-testid="bookmarklet"
        onClick={(e) => e.preventDefault()}
        title="Drag me to your bookmarks bar"
        className="inline-flex cursor-grab items-center gap-2 rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow hover:bg-brand-700"
      >
        ★ Save to Hireflow
      </a>
      <div>
        <label htmlFor="bookmarklet-code" className="text-sm font-medium text-slate-700">
          Or copy it and paste it as a new bookmark&apos;s URL
        </label>
        <div className="mt-1 flex gap-2">
          <input id="bookmarklet-code" readOnly value={code} className={`${inputClass} font-mono text-xs`} onFocus={(e) => e.currentTarget.select()} />
          <Button type="button" variant="secondary" onClick={copy} disabled={!code}>
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
    </div>
  );
}
