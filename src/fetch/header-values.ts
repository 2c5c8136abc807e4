/** Repeated header lines as one value: Set-Cookie lines apart by newlines (their Expires dates hold commas). */
export function joinHeaderValues(name: string, values: readonly string[]): string {
  return values.join(name === 'set-cookie' ? '\n' : ', ');
}
