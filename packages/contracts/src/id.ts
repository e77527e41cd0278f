import { randomFillSync } from 'node:crypto';
import { V7Generator } from 'uuidv7';

/**
 * Random words for UUIDv7, drawn from the OS 256 at a time. The library's default source refills a buffer of
 * eight words, which is a `getRandomValues` call every third id, on the ingest route, which makes two
 * ids per request (the request id and the comment id).
 */
class BufferedRandom {
  private readonly words = new Uint32Array(256);
  private cursor = this.words.length;

  nextUint32(): number {
    if (this.cursor === this.words.length) {
      randomFillSync(this.words);
      this.cursor = 0;
    }
    return this.words[this.cursor++] as number;
  }
}

const generator = new V7Generator(new BufferedRandom());

/** A new UUIDv7 (time-ordered, monotonic within this process), as a string. */
export function newId(): string {
  return generator.generate().toString();
}
