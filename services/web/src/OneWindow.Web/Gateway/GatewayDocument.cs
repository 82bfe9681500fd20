namespace OneWindow.Web.Gateway;

/// <summary>A file a service hands out (a bank file): its name as the service gave it, and its bytes untouched.</summary>
public sealed record GatewayDocument(string FileName, byte[] Content);
