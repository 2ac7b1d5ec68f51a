// Requests outside any language (rare: the proxy routes every page to one) get a plain page.
export default function GlobalNotFound() {
  return (
    <html lang="th">
      <body>
        <main style={{ fontFamily: "sans-serif", padding: "2rem" }}>
          <h1>ไม่พบหน้าที่ต้องการ / Page not found</h1>
          <p>
            {/* A plain link: next/link would add its router to every page's JavaScript. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">หน้าแรก / Home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
