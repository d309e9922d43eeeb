/**
 * One order for every list pipeguard writes (findings, baselines, manifests): independent of the
 * machine's locale, so a report or a baseline written on one machine is byte-identical on another,
 * and the same as git's and `LC_ALL=C sort`'s.
 */

/**
 * Byte order of the UTF-8 encodings (the order `LC_ALL=C sort` gives), without encoding: UTF-8
 * byte order is code point order, which differs from UTF-16 code unit order only where a
 * surrogate (U+10000 and up) meets U+E000–U+FFFF; remapping those two ranges fixes it.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
