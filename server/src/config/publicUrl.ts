import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** The first IPv4 address another device can reach: phones scan a QR code, and "localhost" there is the phone. */
export function lanAddress(interfaces: Interfaces = networkInterfaces()): string | undefined {
  for (const infos of Object.values(interfaces)) {
    const reachable = infos?.find((info) => info.family === 'IPv4' && !info.internal);
    if (reachable) return reachable.address;
  }
  return undefined;
}

/** PUBLIC_URL when the operator set one (a tunnel, a domain); otherwise this machine on the LAN. */
export function publicUrlFor(port: number, configured: string | undefined, interfaces?: Interfaces): string {
  if (configured) return configured;
  return `http://${lanAddress(interfaces) ?? 'localhost'}:${port}`;
}
