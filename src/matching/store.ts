// Growable typed arrays and a UTF-8 string pool: the index keeps millions of small facts without
// millions of small objects.

/** An Int32Array that grows by doubling. */
export class IntVec {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Appends a value. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** Value at position i. */
  get(i: number): number {
    return this.data[i];
  }

  /** Releases unused capacity (after the last push, before a long life). */
  trim(): void {
    if (this.data.length > this.length + 16) this.data = this.data.slice(0, Math.max(this.length, 16));
  }

  /** A trimmed copy. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** Bytes allocated. */
  bytes(): number {
    return this.data.byteLength;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Append-only list of strings stored as UTF-8 bytes with offsets. */
export class StringPool {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new IntVec();

  constructor() {
    this.offsets.push(0);
  }

  /** Stores a string and returns its index. */
  add(s: string): number {
    const worst = s.length * 3;
    if (this.used + worst > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.used + worst) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.bytes.subarray(0, this.used));
      this.bytes = next;
    }
    this.used += encoder.encodeInto(s, this.bytes.subarray(this.used)).written;
    this.offsets.push(this.used);
    return this.offsets.length - 2;
  }

  /** The i-th string. */
  get(i: number): string {
    return decoder.decode(this.bytes.subarray(this.offsets.get(i), this.offsets.get(i + 1)));
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /** Releases unused capacity. */
  trim(): void {
    this.bytes = this.bytes.slice(0, Math.max(this.used, 16));
    this.offsets.trim();
  }

  /** Bytes allocated. */
  byteSize(): number {
    return this.bytes.byteLength + this.offsets.bytes();
  }
}

/** Compressed sparse rows: for each row id, a slice of values. Built from (row, value) pairs. */
export class Csr {
  readonly offsets: Int32Array;
  readonly values: Int32Array;

  constructor(rows: number, pairRows: Int32Array, pairValues: Int32Array, pairCount: number) {
    const offsets = new Int32Array(rows + 1);
    for (let i = 0; i < pairCount; i++) offsets[pairRows[i] + 1]++;
    for (let r = 0; r < rows; r++) offsets[r + 1] += offsets[r];
    const cursor = offsets.slice(0, rows);
    const values = new Int32Array(pairCount);
    for (let i = 0; i < pairCount; i++) values[cursor[pairRows[i]]++] = pairValues[i];
    this.offsets = offsets;
    this.values = values;
  }

  /** Number of values in a row. */
  count(row: number): number {
    return this.offsets[row + 1] - this.offsets[row];
  }

  /** Bytes allocated. */
  bytes(): number {
    return this.offsets.byteLength + this.values.byteLength;
  }
}
