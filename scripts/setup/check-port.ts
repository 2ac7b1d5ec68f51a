import net from "node:net";
import { SetupError } from "./setup-error";

/** Fail early and plainly when another program already holds the port. */
export async function checkPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new SetupError(`port ${port} is already in use; stop the other program or choose another port, e.g. PORT=${port + 1} npm start`));
      } else if (error.code === "EACCES") {
        reject(new SetupError(`not allowed to listen on port ${port}; choose a port above 1023, e.g. PORT=3000 npm start`));
      } else {
        reject(error);
      }
    });
    server.listen({ port, exclusive: true }, () => server.close(() => resolve()));
  });
}

export function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SetupError(`PORT "${raw}" is not a port number (1-65535)`);
  }
  return port;
}
