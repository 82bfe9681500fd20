namespace OneWindow.Outbox;

/// <summary>Who publishes: the CloudEvent source (the app id) and the Dapr pub/sub component name.</summary>
public sealed record EventSourceIdentity(string AppId, string PubSubName);
