/** Ports for child processes the tests start. */
import net from 'node:net';

/** A port on 127.0.0.1 that was free a moment ago (the OS picks it, for programs that cannot report a port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
