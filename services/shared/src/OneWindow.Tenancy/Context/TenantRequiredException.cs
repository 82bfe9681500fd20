namespace OneWindow.Tenancy;

/// <summary>The unit of work needs a centre and has none in scope.</summary>
public sealed class TenantRequiredException(string message) : Exception(message);
