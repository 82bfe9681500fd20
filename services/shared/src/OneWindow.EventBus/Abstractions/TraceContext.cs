namespace OneWindow.EventBus;

/// <summary>W3C trace context (traceparent and tracestate).</summary>
public sealed record TraceContext(string TraceParent, string? TraceState);
