/** Says once, at the start of a run, which databases the store suites use. */
export default function setup(): void {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    console.log('store suites: PGlite (set DATABASE_URL to run them on PostgreSQL too)');
    return;
  }
  // Host, port and database only: never the password.
  const { hostname, port, pathname } = new URL(url);
  console.log(`store suites: PGlite and PostgreSQL at ${hostname}:${port || '5432'}${pathname}`);
}
