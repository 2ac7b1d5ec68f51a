import Link from "next/link";

// Requests outside any language (rare: the proxy routes every page to one) get a plain page.
export default function GlobalNotFound() {
  return (
    <html lang="th">
      <body>
        <main style={{ fontFamily: "sans-serif", padding: "2rem" }}>
          <h1>ไม่พบหน้าที่ต้องการ / Page not found</h1>
          <p>
            <Link href="/">หน้าแรก / Home</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
