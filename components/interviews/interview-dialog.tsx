"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/** A modal dialog that is open while `open` is true; Escape or the backdrop's Cancel call `onClose`. */
export function InterviewDialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="m-auto w-full max-w-2xl rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40">
      <h2 id={titleId} className="mb-4 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
