namespace OneWindow.Outbox;

/// <summary>Wakes the outbox dispatcher; <see cref="IOutbox.Add"/> expects it.</summary>
internal sealed class OutboxSignal : CommitSignal;
