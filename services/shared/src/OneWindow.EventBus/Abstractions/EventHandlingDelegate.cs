namespace OneWindow.EventBus;

/// <summary>The next step of the handling pipeline (ultimately, the handler).</summary>
public delegate Task EventHandlingDelegate(EventDelivery delivery, CancellationToken cancellationToken);
