namespace OneWindow.EventBus;

/// <summary>A delivery that will never succeed, with the bytes exactly as they arrived.</summary>
/// <param name="Payload">The CloudEvent as received (possibly not a CloudEvent at all).</param>
/// <param name="OriginTopic">The topic it arrived on.</param>
/// <param name="Consumer">The app (consumer group) that gave up on it.</param>
/// <param name="Reason">Why, for the operator who looks at it.</param>
public sealed record DeadLetter(ReadOnlyMemory<byte> Payload, string OriginTopic, string Consumer, string Reason);
