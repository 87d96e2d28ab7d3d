/** A nominal type: `Brand<string, 'ItemId'>` is a string that the compiler will not mix up with other strings. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
