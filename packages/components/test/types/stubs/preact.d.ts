// Just enough of preact for test/types/preact.ts when preact is not installed.
/* eslint-disable @typescript-eslint/no-empty-object-type -- the generated typings add to these. */
declare module 'preact' {
  export namespace JSX {
    interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
      id?: string;
      ref?: { current: RefType | null };
    }
    interface IntrinsicElements {}
  }
}
