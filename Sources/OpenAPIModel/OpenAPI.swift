/// The namespace of the OpenAPI document model.
///
/// Names follow the OpenAPI Specification without the "Object" suffix: `OpenAPI.Operation` is the spec's
/// Operation Object. Every type keeps the `SourceLocation` of the node it was read from, so that any later
/// stage can point at the spec when it reports a problem. Maps keep document order.
public enum OpenAPI {}
