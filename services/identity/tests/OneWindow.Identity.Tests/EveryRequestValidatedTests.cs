using OneWindow.Testing;

namespace OneWindow.Identity.Tests;

/// <summary>Every RPC identity maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new IdentityFactory(servers));
