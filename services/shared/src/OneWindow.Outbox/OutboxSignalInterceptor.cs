namespace OneWindow.Outbox;

internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : CommitSignalInterceptor<OutboxSignal>(signal);
