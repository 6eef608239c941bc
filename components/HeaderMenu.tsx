'use client';

import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  label: string;
  closeLabel: string;
  children: ReactNode;
}

/**
 * The phone header's menu: a native <details> disclosure, so it opens and closes without JavaScript and
 * screen readers announce it as a button that expands. With JavaScript it also closes on Escape (focus
 * back on its button) and on a tap outside it.
 */
export function HeaderMenu({ label, closeLabel, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    const onPointer = (event: Event) => {
      if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onPointer);
    };
  }, []);
  return (
    <details ref={ref} className="header-menu md:hidden" data-menu>
      <summary
        className="ml-2 inline-flex min-h-11 cursor-pointer items-center rounded-full border-2 border-ink/70 px-3 text-base font-bold whitespace-nowrap text-ink"
        data-menu-button
      >
        <span aria-hidden="true" className="menu-icon mr-1.5" />
        <span className="menu-label menu-closed">{label}</span>
        <span className="menu-label menu-open">{closeLabel}</span>
      </summary>
      <div className="absolute top-full right-0 left-0 z-40 border-b-2 border-line bg-paper px-4 pt-2 pb-4 shadow-lg">
        {children}
      </div>
    </details>
  );
}
