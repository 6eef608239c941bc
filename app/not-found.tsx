import type { Metadata } from 'next';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

export const metadata: Metadata = { title: `404 · ${zh.notFound.title} · ${en.notFound.title}` };

// A static host serves this one page for every unknown path, so it speaks both languages.
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body className="bg-paper font-sans text-ink">
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-12">
          <p className="text-2xl font-bold text-brand">识诈 · Shizha</p>
          <section className="space-y-3">
            <h1 className="text-3xl font-bold">{zh.notFound.title}</h1>
            <p className="text-lg">{zh.notFound.body}</p>
            <p>
              <a href="/zh-CN/" className="inline-flex min-h-11 items-center text-lg">
                {zh.notFound.home}
              </a>
            </p>
          </section>
          <section lang="en" className="space-y-3">
            <h2 className="text-2xl font-bold">{en.notFound.title}</h2>
            <p className="text-lg">{en.notFound.body}</p>
            <p>
              <a href="/en/" hrefLang="en" className="inline-flex min-h-11 items-center text-lg">
                {en.notFound.home}
              </a>
            </p>
          </section>
          <p className="text-lg font-bold text-brand-dark">{zh.footer.emergency}</p>
        </main>
      </body>
    </html>
  );
}
