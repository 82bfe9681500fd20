using OneWindow.Testing;

namespace OneWindow.Notification.Tests;

/// <summary>Every RPC notification maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new NotificationFactory(servers));
