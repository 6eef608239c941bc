'use client';

import { useParams } from 'next/navigation';
import { ErrorFallback } from '@/components/ErrorFallback';
import { errorLocale } from '@/lib/error-text';

// A page that fails in the browser keeps its header, footer and text (components/ErrorFallback.tsx).
export default function LocaleError() {
  const { locale } = useParams<{ locale: string }>();
  return <ErrorFallback locale={errorLocale(locale)} />;
}
