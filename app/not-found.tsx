import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">This page does not exist</h1>
      <p className="text-sm text-slate-500">The link may be old, or the job may have been removed.</p>
      <Link href="/" className="mt-2 text-sm font-medium text-brand-700 hover:underline">
        Back to Hireflow
      </Link>
    </main>
  );
}
