namespace OneWindow.EventBus;

/// <summary>An event that will never be handled successfully, however often it is redelivered.</summary>
public sealed class PoisonEventException(string message, Exception? innerException = null)
    : Exception(message, innerException);
