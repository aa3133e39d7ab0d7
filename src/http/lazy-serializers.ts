// Response serializers compiled on a route's first answer instead of at start. fast-json-stringify's generated code
// for every route's response schemas, and the source text V8 keeps for it, was 50 MB of an idle server's heap, most
// of it for routes an instance rarely or never answers. A schema fast-json-stringify cannot compile now fails that
// route's first response (a 500, logged) instead of the start; the route tests answer every route.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;

export function lazySerializers(): SerializerFactory {
  const buildSerializer = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = buildSerializer(externalSchemas, options);
    return (route) => {
      let serialize: ((doc: unknown) => string) | undefined;
      return (doc) => {
        serialize ??= compile(route);
        return serialize(doc);
      };
    };
  };
}
