/**
 * A compact map from key strings to dense indices 0, 1, 2, …, for the millions of ids the validator must
 * remember (patient and tumour ids, composite keys). A JavaScript Map of 4 million strings costs several
 * hundred MB and keeps slices of the CSV chunks alive; this keeps the characters in one byte array and an
 * open-addressing table of indices: about 12 bytes plus the key length per entry.
 *
 * Keys are byte strings: every character must be below 256. Keys reaching this index have been validated
 * (identifiers, codes, dates, municipality numbers are ASCII), so that always holds.
 *
 * Per-key data (status, line, dates) live in parallel typed arrays owned by the caller, grown with `grow`.
 */
export class KeyIndex {
  private bytes: Uint8Array = new Uint8Array(1 << 16);
  private byteLength = 0;
  /** starts[i] is the offset of key i in `bytes`; starts[size] is the end of the last key. */
  private starts: Uint32Array = new Uint32Array(1 << 12);
  private hashes: Uint32Array = new Uint32Array(1 << 12);
  /** Open addressing: slot → key index + 1 (0 = empty). */
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;
  size = 0;

  /** The index of `key`, or -1. */
  get(key: string): number {
    const hash = hashKey(key);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === hash && this.equals(entry - 1, key)) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds `key` and returns its new index; if it is already present, returns -(index + 1). */
  add(key: string): number {
    const hash = hashKey(key);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      if (this.hashes[entry - 1] === hash && this.equals(entry - 1, key)) return -entry;
      slot = (slot + 1) & this.mask;
    }
    const index = this.size;
    this.ensureCapacity(index + 1, key.length);
    let offset = this.byteLength;
    this.starts[index] = offset;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code > 255) throw new RangeError(`KeyIndex.add: key ${JSON.stringify(key)} has a character beyond Latin-1`);
      this.bytes[offset++] = code;
    }
    this.byteLength = offset;
    this.starts[index + 1] = offset;
    this.hashes[index] = hash;
    this.slots[slot] = index + 1;
    this.size = index + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return index;
  }

  /** The key at an index. */
  key(index: number): string {
    const start = this.starts[index];
    const end = this.starts[index + 1];
    let text = "";
    for (let i = start; i < end; i++) text += String.fromCharCode(this.bytes[i]);
    return text;
  }

  /** Approximate memory held, in bytes. */
  get memoryBytes(): number {
    return this.bytes.byteLength + this.starts.byteLength + this.hashes.byteLength + this.slots.byteLength;
  }

  private equals(index: number, key: string): boolean {
    const start = this.starts[index];
    if (this.starts[index + 1] - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.bytes[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private ensureCapacity(count: number, keyLength: number): void {
    if (count + 1 > this.starts.length) {
      this.starts = grow(this.starts, count + 1);
      this.hashes = grow(this.hashes, count + 1);
    }
    if (this.byteLength + keyLength > this.bytes.length) this.bytes = grow(this.bytes, this.byteLength + keyLength);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.size; index++) {
      let slot = this.hashes[index] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over the character codes, finished with a murmur3 mix so that linear probing spreads well. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

type TypedArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

/** A copy of `array` with room for at least `needed` elements (doubling). */
export function grow<T extends TypedArray>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  let length = Math.max(array.length, 16);
  while (length < needed) length *= 2;
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
