// The TypeScript type of the values a JSON Schema accepts, for the subset the check options use (object,
// array, string, number, integer, boolean, enum, const, type lists). json-schema-to-ts does this in general but
// cost 10 s of type checking for our eleven schemas and failed on one of them; this is all we need.

type Primitive<T> = T extends 'string'
  ? string
  : T extends 'number' | 'integer'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'object'
          ? Readonly<Record<string, unknown>>
          : T extends 'array'
            ? readonly unknown[]
            : never;

type Flatten<T> = { [K in keyof T]: T[K] } & {};

type ObjectOf<Properties, Required> = Flatten<
  { readonly [K in keyof Properties as K extends Required ? K : never]: SchemaType<Properties[K]> } & {
    readonly [K in keyof Properties as K extends Required ? never : K]?: SchemaType<Properties[K]>;
  }
>;

export type SchemaType<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { type: 'object'; properties: infer P }
      ? ObjectOf<P, S extends { required: readonly (infer R)[] } ? R : never>
      : S extends { type: 'array'; items: infer I }
        ? readonly SchemaType<I>[]
        : S extends { type: readonly (infer T)[] }
          ? Primitive<T>
          : S extends { type: infer T }
            ? Primitive<T>
            : unknown;
