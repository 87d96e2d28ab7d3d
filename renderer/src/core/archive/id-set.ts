const EMPTY = 0;

/**
 * Membership of record ids seen during one import, by the first 64 bits of their hex digest, in an
 * open-addressing table of 32-bit pairs: about 16 bytes per id instead of a string in a Set, and no garbage
 * for the collector to trace. A false "seen" needs a 64-bit collision: negligible at millions of records.
 */
export class IdSet {
  private table = new Int32Array(2 * 1024 * 2);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the id; false when it was already there. `id` is `xx_` followed by at least 16 hex digits. */
  add(id: string): boolean {
    let high = hexWord(id, 3);
    let low = hexWord(id, 11);
    // 0/0 marks an empty slot: move a (vanishingly rare) all-zero key elsewhere.
    if (high === EMPTY && low === EMPTY) low = 1;
    if (id.charCodeAt(0) === 0x65) high ^= 0x5a5a5a5a; // exposures ('ex_') and items ('it_') never collide
    if ((this.count + 1) * 2 > this.table.length / 2) this.grow();
    return this.insert(high, low);
  }

  private insert(high: number, low: number): boolean {
    const slots = this.table.length / 2;
    let slot = (Math.imul(low ^ high, 0x9e3779b1) >>> 0) % slots;
    for (;;) {
      const h = this.table[slot * 2]!;
      const l = this.table[slot * 2 + 1]!;
      if (h === EMPTY && l === EMPTY) {
        this.table[slot * 2] = high;
        this.table[slot * 2 + 1] = low;
        this.count++;
        return true;
      }
      if (h === high && l === low) return false;
      slot = (slot + 1) % slots;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== EMPTY || old[i + 1] !== EMPTY) this.insert(old[i]!, old[i + 1]!);
    }
  }
}

function hexWord(text: string, from: number): number {
  let value = 0;
  for (let i = from; i < from + 8; i++) {
    const code = text.charCodeAt(i);
    value = (value << 4) | (code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57);
  }
  return value | 0;
}
