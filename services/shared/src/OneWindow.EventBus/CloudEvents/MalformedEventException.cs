namespace OneWindow.EventBus;

/// <summary>Bytes on the bus that are not an event we can read: dead-lettered at once, never retried.</summary>
public sealed class MalformedEventException(string message, Exception? innerException = null)
    : Exception(message, innerException);
