// The smallest Next.js page: no client code of ours, no i18n. `npm run floor` builds it to measure the
// JavaScript any Next 16 page ships, the base of the JavaScript budget (scripts/check/budgets.mjs).
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
