// Just enough of solid-js for test/types/solid.ts when solid-js is not installed.
/* eslint-disable @typescript-eslint/no-empty-object-type -- the generated typings add to these. */
declare module 'solid-js' {
  export namespace JSX {
    interface HTMLAttributes<T> {
      id?: string;
      ref?: T | ((element: T) => void);
    }
    interface IntrinsicElements {}
    interface CustomEvents {}
  }
}
