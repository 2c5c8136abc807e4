// A DNS lookup that answers from a table, so tests of DNS faults send no query off the machine.
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

/** Names map to an address, or to the errno a resolver would give (ENOTFOUND, EAI_AGAIN). */
export function tableLookup(table: Record<string, string>): LookupFunction {
  return (hostname, options, callback) => {
    const answer = table[hostname] ?? 'ENOTFOUND';
    queueMicrotask(() => {
      if (!/^[\d.:]+$/.test(answer)) {
        const error: NodeJS.ErrnoException = new Error(`getaddrinfo ${answer} ${hostname}`);
        error.code = answer;
        error.syscall = 'getaddrinfo';
        (error as NodeJS.ErrnoException & { hostname: string }).hostname = hostname;
        return callback(error, '', 0);
      }
      const family = answer.includes(':') ? 6 : 4;
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [{ address: answer, family }]);
      else callback(null, answer, family);
    });
  };
}
