import type { ReactNode } from 'react';

/**
 * A page section named by its own h2: screen readers list it as a region with that name. With `anchor`,
 * the section is also a link target (`#id`).
 */
export function TitledSection({
  id,
  title,
  anchor = false,
  className,
  titleClassName = '',
  children,
}: {
  id: string;
  title: ReactNode;
  anchor?: boolean;
  className?: string;
  titleClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} id={anchor ? id : undefined} className={className}>
      <h2 id={`${id}-title`} className={`text-2xl ${titleClassName}`.trim()}>
        {title}
      </h2>
      {children}
    </section>
  );
}
