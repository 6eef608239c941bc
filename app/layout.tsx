import type { ReactNode } from 'react';
import './globals.css';

// The <html> element belongs to app/[locale]/layout.tsx (it needs the locale) and to the two
// locale-less documents, app/page.tsx and app/not-found.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
