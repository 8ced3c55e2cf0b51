// Just enough of vue for test/types/vue.ts when vue is not installed.
/* eslint-disable @typescript-eslint/no-empty-object-type -- the generated typings add to these. */
declare module 'vue' {
  export type DefineComponent<Props = object> = new () => { $props: Props };
  export interface GlobalComponents {}
}
