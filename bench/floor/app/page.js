export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A static page with no client component.</p>
    </main>
  );
}
