import type { ReactNode } from 'react';

export function PageTitle({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="mb-8 space-y-3">
      <h1 className="text-3xl text-ink md:text-4xl">{title}</h1>
      {lead && <p className="text-lg text-muted">{lead}</p>}
      {children}
    </div>
  );
}
