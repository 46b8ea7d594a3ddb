// Just enough glob for quoted patterns the shell did not expand:
//   "archive/**/*.txt", "2023/QD-*.{txt,md}", "scans/file?.doc[x]"
// The part before the first wildcard segment is the folder to walk.
const WILDCARD = /[*?[{]/;

export const isGlob = (pattern: string) => WILDCARD.test(pattern);

/** "a/b/**\/*.txt" → { base: "a/b", rest: "**\/*.txt" } */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const first = parts.findIndex((p) => WILDCARD.test(p));
  const base = parts.slice(0, first).join('/');
  return { base: base || (pattern.startsWith('/') ? '/' : '.'), rest: parts.slice(first).join('/') };
}

/** A glob (relative to its base) as a RegExp over "/"-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches any number of folders, "**" at the end anything.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`, 'u');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
