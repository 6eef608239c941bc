import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

interface Props {
  href: string;
  title: string;
  children?: ReactNode;
  badge?: ReactNode;
}

/** A whole-card link with a big target, used for lesson lists. */
export function LinkCard({ href, title, children, badge }: Props) {
  return (
    <Link
      href={href}
      className="block h-full rounded-xl border-2 border-line bg-paper p-4 text-ink no-underline transition-colors hover:border-brand focus-visible:border-brand"
    >
      <span className="flex items-start gap-3">
        {badge}
        <span className="min-w-0">
          <span className="block text-lg font-bold text-ink" data-card-title>
            {title}
          </span>
          {children && <span className="mt-1 block text-base text-muted">{children}</span>}
        </span>
      </span>
    </Link>
  );
}

export function NumberBadge({ n }: { n: number }) {
  return (
    <span
      aria-hidden="true"
      className="grid size-9 shrink-0 place-items-center rounded-full bg-brand-wash font-bold text-brand-dark"
    >
      {n}
    </span>
  );
}
