/**
 * Customer ids to their place in the customer list, for cleanTable's merging of rows that share
 * an id. A Map of 200,000 fresh strings was the import's largest cost (about half of cleaning,
 * profiled in Node: its table outgrows the caches and is rehashed as it grows); this is an
 * open-addressing table in typed arrays, sized once for the number of rows, with each id's hash
 * kept so a probe compares strings only when the hashes agree. Exactly a Map's answers.
 */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly ids: string[] = [];
  private readonly mask: number;
  private readonly capacity: number;

  /** `capacity`: how many ids at most (one per row). */
  constructor(capacity: number) {
    this.capacity = Math.max(1, capacity);
    // At most half full, so probes stay short.
    let size = 16;
    while (size < this.capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(this.capacity);
    this.mask = size - 1;
  }

  /** How many ids the index holds. */
  get size(): number {
    return this.ids.length;
  }

  /** The index `id` was given before, or -1 after giving it the next one (`size` before the call). */
  indexOrAdd(id: string): number {
    // FNV-1a over the UTF-16 code units, as a 32-bit integer like the Int32Array that keeps it.
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    const { slots, hashes, ids, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot] as number;
      if (entry === 0) break;
      const index = entry - 1;
      if (hashes[index] === hash && ids[index] === id) return index;
      slot = (slot + 1) & mask;
    }
    const next = ids.length;
    if (next >= this.capacity) throw new RangeError('IdIndex is full');
    slots[slot] = next + 1;
    hashes[next] = hash;
    ids.push(id);
    return -1;
  }
}
