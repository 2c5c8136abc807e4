// The pipeline's folders import forward only: no cycle between folders (config ↔ report was one:
// the failing policy lived in config and every reporter imported it), and cli/ is imported by none
// but bundle/, the CLI packaged for the short commands, which nothing imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function folderOf(path: string): string {
  const [first, second] = path.split('/');
  return second === undefined ? '.' : first!;
}

/** folder → folders it imports from (value or type imports alike). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(`${src}${dir}`)) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(`${src}${rel}`).isDirectory()) walk(rel);
      else if (rel.endsWith('.ts')) {
        const from = folderOf(rel);
        const edges = graph.get(from) ?? new Set<string>();
        graph.set(from, edges);
        for (const match of readFileSync(`${src}${rel}`, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)) {
          const target = new URL(match[1]!, `file:///${rel}`).pathname.slice(1);
          const to = folderOf(target);
          if (to !== from && to !== '.') edges.add(to);
        }
      }
    }
  };
  walk('');
  return graph;
}

function cycleFrom(graph: Map<string, Set<string>>, start: string): string[] | null {
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (path.includes(node)) return node === start ? [...path, node] : null;
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    return null;
  };
  return visit(start);
}

describe('folder imports', () => {
  const graph = folderGraph();

  it('report/ does not import config/ (the failing policy lives in run/)', () => {
    expect([...(graph.get('report') ?? [])]).not.toContain('config');
  });

  it.each(['config', 'report', 'run', 'sources', 'fetch', 'extract', 'verify'])('no cycle through %s/', (folder) => {
    expect(cycleFrom(graph, folder)).toBeNull();
  });

  // bundle/ packages the CLI for the short commands (as bin/ starts it): it sits above cli/.
  it('nothing outside cli/ and bundle/ imports cli/', () => {
    const importers = [...graph].filter(([from, to]) => from !== 'cli' && from !== 'bundle' && to.has('cli')).map(([from]) => from);
    expect(importers).toEqual([]);
  });

  it('nothing outside bundle/ imports bundle/', () => {
    const importers = [...graph].filter(([from, to]) => from !== 'bundle' && to.has('bundle')).map(([from]) => from);
    expect(importers).toEqual([]);
  });
});
