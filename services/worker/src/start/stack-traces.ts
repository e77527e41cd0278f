import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Stack traces that name the TypeScript sources of a bundle, read from `<bundle>.map` only when a stack is first
 * formatted. Node's `--enable-source-maps` parses the map of every module at load, which costs a bundle's start
 * tens of milliseconds, and does not see code run through `vm.Script` at all.
 */
export function mapStackTraces(bundle: string): void {
  let map: SourceMap | null | undefined;
  const mapUrl = pathToFileURL(`${bundle}.map`);
  const sourceMap = (): SourceMap | null => {
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(mapUrl, 'utf8')));
      } catch {
        map = null;
      }
    }
    return map;
  };
  const where = (frame: NodeJS.CallSite): string | undefined => {
    const line = frame.getLineNumber();
    const column = frame.getColumnNumber();
    if (frame.getFileName() !== bundle || line === null || column === null) return undefined;
    const entry = sourceMap()?.findEntry(line - 1, column - 1);
    if (!entry || !('originalSource' in entry)) return undefined;
    const source = fileURLToPath(new URL(entry.originalSource, mapUrl));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };
  Error.prepareStackTrace = (error: unknown, frames: NodeJS.CallSite[]) => {
    const lines = frames.map((frame) => {
      const text = frame.toString();
      const mapped = where(frame);
      const generated = `${bundle}:${frame.getLineNumber()}:${frame.getColumnNumber()}`;
      return `    at ${mapped ? text.replace(generated, mapped) : text}`;
    });
    return [headline(error), ...lines].join('\n');
  };
}

function headline(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return '<error>';
  }
}
