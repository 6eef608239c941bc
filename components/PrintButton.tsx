'use client';

/** Opens the browser's print dialog (the page's print styles make the handout). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print min-h-12 rounded-xl bg-ink px-5 font-bold text-white"
    >
      {label}
    </button>
  );
}
