// snappyjs ships no types. uncompress checks the declared length against maxLength before it
// allocates (a compression bomb is refused without being expanded).
declare module 'snappyjs' {
  export function uncompress<T extends Uint8Array>(compressed: T, maxLength?: number): T;
  export function compress<T extends Uint8Array>(uncompressed: T): T;
}
