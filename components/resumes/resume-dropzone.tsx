"use client";

import { useId, useRef, useState, type DragEvent } from "react";

const accepted = ".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain";

/** A file input the keyboard reaches (it is a real input under its label) that also takes a dropped file. */
export function ResumeDropzone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`flex flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-12 text-center transition-colors ${over ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-white"}`}
    >
      <p className="text-base font-medium text-slate-800">Drop a resume here</p>
      <p className="mt-1 text-sm text-slate-500">PDF, Word (.docx) or plain text, up to 5 MB</p>
      <label htmlFor={inputId} className="mt-4 inline-flex cursor-pointer items-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white focus-within:ring-2 focus-within:ring-brand-500 focus-within:ring-offset-2 hover:bg-brand-700">
        Choose a file
        <input
          ref={input}
          id={inputId}
          type="file"
          name="file"
          accept={accepted}
          disabled={disabled}
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            if (input.current) input.current.value = "";
          }}
        />
      </label>
    </div>
  );
}
